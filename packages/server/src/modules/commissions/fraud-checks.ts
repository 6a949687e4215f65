import type { EventSubject } from '../plugins/plugin-input';

/**
 * Signs that money is going where it should not; an entry with any of them is put on HOLD for
 * a person to look at, whatever its hold period.
 *  - `self-referral`: the referred customer is the referrer (same email).
 *  - `customer-is-partner`: the customer's email is the partner's, or on the partner's own domain.
 */
export function fraudFlags(subject: EventSubject): string[] {
  const flags: string[] = [];
  const customers = subject.customerEmails.map(normalized);
  if (subject.referrerEmail && customers.includes(normalized(subject.referrerEmail))) flags.push('self-referral');
  if (subject.partner && customers.some((email) => belongsToPartner(email, subject.partner!.email, subject.partner!.domain))) {
    flags.push('customer-is-partner');
  }
  return flags;
}

function belongsToPartner(email: string, partnerEmail: string | null, partnerDomain: string | null): boolean {
  if (partnerEmail && email === normalized(partnerEmail)) return true;
  return !!partnerDomain && email.endsWith(`@${partnerDomain.toLowerCase()}`);
}

function normalized(email: string): string {
  return email.trim().toLowerCase();
}
