import { randomInt } from 'node:crypto';
import type { RequestContext } from '../../tenancy/request-context';
import { Contact } from '../contacts/contact.entity';
import { Partner } from './partner.entity';

/** No 0/O, 1/I/L: a code read out over the phone or copied from paper survives. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTH = 8;
/** 31^8 codes: a collision is rare enough that a few retries never run out. */
const ATTEMPTS = 5;

/** A code as typed (` abcd2345 `) in the form it is stored in (`ABCD2345`). */
export function normalizeReferralCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * A new referral code that no partner and no customer of the tenant holds: a code must name one
 * referrer, so it is unique across both tables, not only within each (their unique keys).
 */
export async function unusedReferralCode(ctx: RequestContext): Promise<string> {
  const everyone = ctx.data.unrestricted();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const code = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const taken = (await everyone.repo(Partner).exists({ referralCode: code })) || (await everyone.repo(Contact).exists({ referralCode: code }));
    if (!taken) return code;
  }
  throw new Error(`No free referral code after ${ATTEMPTS} attempts`);
}
