import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../tenancy/request-context';
import { applyDealFilter } from '../deals/deal-filter';
import { Deal } from '../deals/deal.entity';
import { DealStatus } from '../deals/deal.inputs';
import { Organization } from '../organizations/organization.entity';
import { DealRegistration, RegistrationStatus } from './deal-registration.entity';

export enum RegistrationConflictKind {
  /** The organization already has an open deal. */
  OPEN_DEAL = 'OPEN_DEAL',
  /** Another partner registered the organization first (pending, or approved with its deal still open). */
  OTHER_REGISTRATION = 'OTHER_REGISTRATION',
}
registerEnumType(RegistrationConflictKind, { name: 'RegistrationConflictKind' });

/**
 * Something the channel manager should weigh before approving, found when the registration was
 * submitted. The description names no other partner: the submitting partner reads it too.
 */
@ObjectType({ simpleResolvers: true, description: 'Why approving a registration may step on someone else\'s deal.' })
export class RegistrationConflict {
  @Field(() => RegistrationConflictKind)
  kind: RegistrationConflictKind;

  @Field(() => String)
  description: string;

  @Field(() => ID, { nullable: true, description: 'The open deal; shown to the team only.' })
  dealId: string | null;

  @Field(() => ID, { nullable: true, description: 'The other partner\'s registration; shown to the team only.' })
  registrationId: string | null;
}

/** The organization a partner claims, as the conflicts are looked up by. */
export interface Claim {
  partnerId: string;
  organizationName: string;
  /** Lower case, without scheme or www. */
  organizationDomain: string | null;
}

/**
 * The conflicts of a claim: an organization of the tenant with the same domain or name that has
 * an open deal, and other partners' live registrations of it. A partner may not read any of
 * those records, so the lookups lift the caller's row limit; only the findings go back.
 */
export async function findConflicts(ctx: RequestContext, claim: Claim, now: Date): Promise<RegistrationConflict[]> {
  return [...(await openDealConflicts(ctx, claim)), ...(await registrationConflicts(ctx, claim, now))];
}

async function openDealConflicts(ctx: RequestContext, claim: Claim): Promise<RegistrationConflict[]> {
  const everyone = ctx.data.unrestricted();
  const organizations = await matching(everyone.repo(Organization).select('o'), 'o', 'name', 'domain', claim).getMany();
  if (organizations.length === 0) return [];
  const deals = await openDeals(ctx, organizations.map((organization) => organization.id), 'organizationId');
  return deals.map((deal) => {
    const organization = organizations.find((candidate) => candidate.id === deal.organizationId)!;
    return conflict(RegistrationConflictKind.OPEN_DEAL, `There is already an open deal with this organization (${basis(organization.domain, claim)})`, { dealId: deal.id });
  });
}

async function registrationConflicts(ctx: RequestContext, claim: Claim, now: Date): Promise<RegistrationConflict[]> {
  const query = matching(ctx.data.unrestricted().repo(DealRegistration).select('r'), 'r', 'organizationName', 'organizationDomain', claim)
    .andWhere('r.partnerId <> :claimingPartner', { claimingPartner: claim.partnerId })
    .andWhere('r.status IN (:...liveStatuses)', { liveStatuses: [RegistrationStatus.PENDING, RegistrationStatus.APPROVED] });
  const candidates = await query.getMany();
  const approvedDeals = candidates.flatMap((registration) => (registration.dealId ? [registration.dealId] : []));
  const stillOpen = new Set((await openDeals(ctx, approvedDeals, 'id')).map((deal) => deal.id));
  return candidates
    .filter((registration) => (registration.status === RegistrationStatus.PENDING ? registration.expiresAt > now : stillOpen.has(registration.dealId!)))
    .map((registration) =>
      conflict(RegistrationConflictKind.OTHER_REGISTRATION, `Another partner has registered this organization (${basis(registration.organizationDomain, claim)})`, {
        registrationId: registration.id,
      }));
}

/** Rows whose domain equals the claim's, or whose name does, ignoring case. */
function matching<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, nameColumn: string, domainColumn: string, claim: Claim): SelectQueryBuilder<T> {
  const byName = `LOWER(${alias}.${nameColumn}) = :claimName`;
  const parameters = { claimName: claim.organizationName.trim().toLowerCase(), claimDomain: claim.organizationDomain };
  return query.andWhere(claim.organizationDomain ? `(${alias}.${domainColumn} = :claimDomain OR ${byName})` : byName, parameters);
}

async function openDeals(ctx: RequestContext, ids: string[], column: 'id' | 'organizationId'): Promise<Deal[]> {
  if (ids.length === 0) return [];
  const query = ctx.data.unrestricted().repo(Deal).select('d').andWhere(`d.${column} IN (:...conflictIds)`, { conflictIds: ids });
  applyDealFilter(ctx, query, 'd', { status: [DealStatus.OPEN] });
  return query.orderBy('d.id').getMany();
}

function basis(domain: string | null, claim: Claim): string {
  return claim.organizationDomain && domain === claim.organizationDomain ? 'same domain' : 'same name';
}

function conflict(kind: RegistrationConflictKind, description: string, ids: { dealId?: string; registrationId?: string }): RegistrationConflict {
  return Object.assign(new RegistrationConflict(), { kind, description, dealId: ids.dealId ?? null, registrationId: ids.registrationId ?? null });
}
