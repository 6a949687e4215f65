import { registerEnumType } from 'type-graphql';

/** How a deal or lead came to belong to a partner (columns `attribution_*` on deals and leads). */
export enum AttributionSource {
  /** An approved deal registration. */
  REGISTRATION = 'REGISTRATION',
  /** A lead that arrived with a partner's referral code or link. */
  REFERRAL_CODE = 'REFERRAL_CODE',
  /** Set by a person; the columns record who and when. */
  MANUAL = 'MANUAL',
}
registerEnumType(AttributionSource, { name: 'AttributionSource' });
