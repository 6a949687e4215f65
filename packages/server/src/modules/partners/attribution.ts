import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UserInputError } from '../../graphql/errors';
import { PartnerStatus, type Partner } from './partner.entity';

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

/** The attribution columns a deal and a lead share: all four set, or all four null. */
export interface PartnerCredit {
  partnerId: string;
  attributionSource: AttributionSource;
  /** The person who decided it; null when a referral code did. */
  attributedById: string | null;
  attributedAt: Date;
}

export type Credited = { [K in keyof PartnerCredit]: PartnerCredit[K] | null };

/** What a record carries to say it is not credited to anyone. */
export const NO_CREDIT: Credited = { partnerId: null, attributionSource: null, attributedById: null, attributedAt: null };

/** The credit a deal or lead carries, or null. */
export function creditOf(record: Credited): PartnerCredit | null {
  const { partnerId, attributionSource, attributedById, attributedAt } = record;
  return partnerId && attributionSource && attributedAt ? { partnerId, attributionSource, attributedById, attributedAt } : null;
}

/** New business may be credited to any partner but a suspended one (it keeps only its history). */
export function assertCreditable(partner: Partner, field: string): void {
  if (partner.status === PartnerStatus.SUSPENDED) {
    throw new UserInputError(field, `${partner.name} is suspended and cannot be credited with new business`);
  }
}

/** `Deal.attribution` and `Lead.attribution`; its partner and person resolve through loaders. */
@ObjectType({ simpleResolvers: true, description: 'The partner a deal or lead is credited to, and how.' })
export class Attribution {
  partnerId: string;

  @Field(() => AttributionSource)
  source: AttributionSource;

  attributedById: string | null;

  @Field(() => Date)
  attributedAt: Date;

  static of(record: Credited): Attribution | null {
    const credit = creditOf(record);
    if (!credit) return null;
    return Object.assign(new Attribution(), {
      partnerId: credit.partnerId,
      source: credit.attributionSource,
      attributedById: credit.attributedById,
      attributedAt: credit.attributedAt,
    });
  }
}
