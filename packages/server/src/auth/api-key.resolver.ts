import { Arg, Authorized, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { Command } from '../graphql/command';
import { IdInput } from '../graphql/id-input';
import { Session } from '../graphql/session';
import { RequiredText } from '../graphql/validation';
import type { RequestContext } from '../tenancy/request-context';
import { Role } from '../tenancy/roles';
import { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What uses it, e.g. "Billing (Stripe)".' })
  @RequiredText(120)
  name: string;

  @Field(() => Role, { defaultValue: Role.MANAGER, description: 'MANAGER suffices to record payments.' })
  role: Role;
}

@ObjectType({ simpleResolvers: true })
export class IssuedApiKeyPayload {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field(() => String, { description: 'Send as "Authorization: Bearer <secret>". Shown only now.' })
  secret: string;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly service: ApiKeyService) {}

  @Authorized(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'Keys other systems use to call the API, newest first.' })
  apiKeys(@Session() ctx: RequestContext): Promise<ApiKey[]> {
    return this.service.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Command(() => IssuedApiKeyPayload)
  createApiKey(@Session() ctx: RequestContext, @Arg('input') input: CreateApiKeyInput): Promise<IssuedApiKeyPayload> {
    return this.service.create(ctx, input.name, input.role);
  }

  @Authorized(Role.ADMIN)
  @Command(() => ApiKey, { description: 'The key stops working at once.' })
  revokeApiKey(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<ApiKey> {
    return this.service.revoke(ctx, input.id);
  }
}
