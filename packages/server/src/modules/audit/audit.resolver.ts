import { GraphQLJSONObject } from 'graphql-scalars';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { User } from '../users/user.entity';
import { AuditEntry } from './audit-entry.entity';

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change.' })
  actor(@Session() ctx: RequestContext, @Root() entry: AuditEntry): Promise<User | null> {
    return ctx.loader(User).load(entry.actorId);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change; null for one it created.' })
  before(@Root() entry: AuditEntry): object | null {
    return entry.before;
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true })
  after(@Root() entry: AuditEntry): object | null {
    return entry.after;
  }
}
