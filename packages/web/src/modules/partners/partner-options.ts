import type { AttributionSource, PartnerStatus, PartnerType, ReferralStatus, RegistrationConflictKind, RegistrationStatus } from '../../gql/graphql';

export const PARTNER_TYPES: readonly PartnerType[] = ['VAR', 'RESELLER', 'AFFILIATE', 'REFERRAL', 'BIZDEV'];
export const PARTNER_STATUSES: readonly PartnerStatus[] = ['ACTIVE', 'PENDING', 'SUSPENDED'];
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED'];
export const ATTRIBUTION_SOURCES: readonly AttributionSource[] = ['MANUAL', 'REGISTRATION', 'REFERRAL_CODE'];
export const CONFLICT_KINDS: readonly RegistrationConflictKind[] = ['OPEN_DEAL', 'OTHER_REGISTRATION'];

export const PARTNER_STATUS_COLORS: Record<PartnerStatus, string> = { ACTIVE: 'success', PENDING: 'info', SUSPENDED: 'error' };
export const REGISTRATION_STATUS_COLORS: Record<RegistrationStatus, string> = { PENDING: 'info', APPROVED: 'success', REJECTED: 'error', EXPIRED: 'default' };
export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, string> = { OPEN: 'info', CONVERTED: 'success', LOST: 'default' };

/** A pending registration this close to its expiry (or past it) is shown in red: someone should decide it now. */
export const EXPIRY_WARNING_MS = 3 * 86_400_000;

export function expiresSoon(expiresAt: string, now = Date.now()): boolean {
  return new Date(expiresAt).getTime() - now < EXPIRY_WARNING_MS;
}

/** One known value of a URL parameter, or nothing: a hand-edited link must not break the query. */
export function oneOf<T extends string>(text: string | null | undefined, known: readonly T[]): T | undefined {
  return (known as readonly string[]).includes(text ?? '') ? (text as T) : undefined;
}
