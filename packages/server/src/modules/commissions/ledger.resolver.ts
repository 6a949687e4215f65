import { Arg, Args, Authorized, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { Session } from '../../graphql/session';
import { Money } from '../../money/money.graphql';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { overridesOf } from '../audit/audit';
import {
  AdjustLedgerInput,
  ApproveDueLedgerEntriesInput,
  ApproveLedgerEntriesInput,
  LedgerEntryFilter,
  ReleaseHeldEntryInput,
  VoidLedgerEntryInput,
} from './ledger.inputs';
import { LedgerService } from './ledger.service';

@ObjectType({ simpleResolvers: true })
export class LedgerEntryConnection extends ConnectionType(LedgerEntry) {}

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  constructor(private readonly service: LedgerService) {}

  @Authorized(Role.PARTNER)
  @Query(() => LedgerEntryConnection, { description: 'The commissions ledger, newest first. Partners see only their own entries.' })
  ledgerEntries(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => LedgerEntryFilter, { nullable: true }) filter?: LedgerEntryFilter,
  ): Promise<Connection<LedgerEntry>> {
    return this.service.list(ctx, page, filter ?? {});
  }

  @FieldResolver(() => Money, { description: 'Negative for reversals.' })
  amount(@Root() entry: LedgerEntry): Money {
    return Money.of(entry.amountMinor, entry.currency);
  }

  @FieldResolver(() => Money, { description: 'What the amount was computed from.' })
  basis(@Root() entry: LedgerEntry): Money {
    return Money.of(entry.basisMinor, entry.currency);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Session() ctx: RequestContext, @Root() entry: LedgerEntry): Promise<Partner | null> | null {
    return entry.partnerId ? ctx.loader(Partner).load(entry.partnerId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user paid, for a rep\'s commission.' })
  payeeUser(@Session() ctx: RequestContext, @Root() entry: LedgerEntry): Promise<User | null> | null {
    return entry.payeeUserId ? ctx.loader(User).load(entry.payeeUserId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The customer rewarded, for a referral reward.' })
  payeeContact(@Session() ctx: RequestContext, @Root() entry: LedgerEntry): Promise<Contact | null> | null {
    return entry.payeeContactId ? ctx.loader(Contact).load(entry.payeeContactId) : null;
  }

  @FieldResolver(() => Deal, { nullable: true })
  deal(@Session() ctx: RequestContext, @Root() entry: LedgerEntry): Promise<Deal | null> | null {
    return entry.dealId ? ctx.loader(Deal).load(entry.dealId) : null;
  }

  @FieldResolver(() => LedgerEntry, { nullable: true, description: 'The entry a reversal takes back.' })
  reverses(@Session() ctx: RequestContext, @Root() entry: LedgerEntry): Promise<LedgerEntry | null> | null {
    return entry.reversesEntryId ? ctx.loader(LedgerEntry).load(entry.reversesEntryId) : null;
  }

  @Authorized(Role.MANAGER)
  @Command(() => [LedgerEntry], { description: 'Approves the entries, all or none.' })
  approveLedgerEntries(@Session() ctx: RequestContext, @Arg('input') input: ApproveLedgerEntriesInput): Promise<LedgerEntry[]> {
    return this.service.approve(ctx, input.ids);
  }

  @FieldResolver(() => [AuditEntry], { description: 'Manual overrides of this entry, oldest first.' })
  overrides(@Session() ctx: RequestContext, @Root() entry: LedgerEntry): Promise<AuditEntry[]> {
    // Partners see their money, not the team's deliberations about it.
    return ctx.partnerId ? Promise.resolve([]) : overridesOf(ctx, 'LedgerEntry', entry.id);
  }

  @Authorized(Role.MANAGER)
  @Command(() => LedgerEntry, { description: 'Cancels an unpaid entry, with a reason kept in its audit trail.' })
  voidLedgerEntry(@Session() ctx: RequestContext, @Arg('input') input: VoidLedgerEntryInput): Promise<LedgerEntry> {
    return this.service.void(ctx, input.id, input.reason);
  }

  @Authorized(Role.MANAGER)
  @Command(() => LedgerEntry, { description: 'Lets a held entry go on to approval once its hold period ends.' })
  releaseHeldLedgerEntry(@Session() ctx: RequestContext, @Arg('input') input: ReleaseHeldEntryInput): Promise<LedgerEntry> {
    return this.service.releaseHold(ctx, input.id, input.reason);
  }

  @Authorized(Role.MANAGER)
  @Command(() => LedgerEntry, { description: 'A manual correction as a new entry (positive or negative).' })
  adjustLedger(@Session() ctx: RequestContext, @Arg('input') input: AdjustLedgerInput): Promise<LedgerEntry> {
    return this.service.adjust(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Int, { description: 'Approves every pending entry whose hold is over; returns how many.' })
  approveDueLedgerEntries(@Session() ctx: RequestContext, @Arg('input') input: ApproveDueLedgerEntriesInput): Promise<number> {
    return this.service.approveDue(ctx, input.partnerId);
  }
}
