import { Field, ID, InputType } from 'type-graphql';
import { RequiredText } from '../../graphql/validation';
import { MinorUnitsScalar } from '../../money/money.graphql';
import { LedgerEntryKind, LedgerEntryStatus } from './ledger-entry.entity';

@InputType()
export class LedgerEntryFilter {
  @Field(() => ID, { nullable: true, description: 'Entries paying this partner.' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries paying this user (a rep\'s commission).' })
  payeeUserId?: string | null;

  @Field(() => ID, { nullable: true })
  dealId?: string | null;

  @Field(() => [LedgerEntryStatus], { nullable: true })
  statuses?: LedgerEntryStatus[] | null;

  @Field(() => LedgerEntryKind, { nullable: true })
  kind?: LedgerEntryKind | null;
}

@InputType()
export class ApproveLedgerEntriesInput {
  @Field(() => [ID], { description: 'Pending entries past their hold, or held entries a person has checked.' })
  ids: string[];
}

@InputType()
export class ApproveDueLedgerEntriesInput {
  @Field(() => ID, { nullable: true, description: 'Only this partner\'s; everyone\'s if left out.' })
  partnerId?: string | null;
}

@InputType()
export class VoidLedgerEntryInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Why: kept in the audit trail.' })
  @RequiredText(500)
  reason: string;
}

@InputType()
export class ReleaseHeldEntryInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'What was checked: kept in the audit trail.' })
  @RequiredText(500)
  reason: string;
}

@InputType()
export class AdjustLedgerInput {
  @Field(() => ID, { nullable: true, description: 'The partner paid (or charged); give this or payeeUserId.' })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user paid (or charged).' })
  payeeUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The deal it concerns, if any.' })
  dealId?: string | null;

  @Field(() => MinorUnitsScalar, { description: 'Positive pays more, negative takes back; never zero.' })
  amountMinor: number;

  @Field(() => String)
  currency: string;

  @Field(() => String, { description: 'Why, in a sentence the payee will read on their statement.' })
  @RequiredText(500)
  explanation: string;
}
