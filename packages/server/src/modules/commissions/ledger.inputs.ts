import { Field, ID, InputType } from 'type-graphql';
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
