import { graphql } from '../../gql';

/** One manual override of an entry (void, release-hold, approve-held, adjust): who, when, why, and the record before and after. */
export const LedgerOverrideFields = graphql(`
  fragment LedgerOverrideFields on AuditEntry { id action reason before after at actor { id name } }
`);

/**
 * A ledger row with everything its explanation shows: basis, rate, the plugin that computed it
 * and its hashes, and the audit trail of its manual overrides.
 */
export const LedgerEntryFields = graphql(`
  fragment LedgerEntryFields on LedgerEntry {
    id createdAt kind hook status explanation reasonCode fraudFlags holdUntil approvedAt voidReason
    pluginRef rateBasisPoints codeHash settingsHash inputHash outputHash version
    amount { amountMinor currency }
    basis { amountMinor currency }
    partner { id name }
    payeeUser { id name }
    payeeContact { id name }
    deal { id title }
    reverses { id createdAt hook amount { amountMinor currency } deal { id title } }
    overrides { ...LedgerOverrideFields }
  }
`);

export const LedgerEntriesDocument = graphql(`
  query LedgerEntries($filter: LedgerEntryFilter, $first: Int, $after: String) {
    ledgerEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...LedgerEntryFields } }
    }
  }
`);

export const ApproveLedgerEntriesDocument = graphql(`
  mutation ApproveLedgerEntries($input: ApproveLedgerEntriesInput!) {
    approveLedgerEntries(input: $input) { id status approvedAt version }
  }
`);

export const ApproveDueLedgerEntriesDocument = graphql(`
  mutation ApproveDueLedgerEntries($input: ApproveDueLedgerEntriesInput!) { approveDueLedgerEntries(input: $input) }
`);

/** Cancels an unpaid entry; a paid one is a CONFLICT (it is taken back with a negative adjustment instead). */
export const VoidLedgerEntryDocument = graphql(`
  mutation VoidLedgerEntry($input: VoidLedgerEntryInput!) { voidLedgerEntry(input: $input) { ...LedgerEntryFields } }
`);

/** A person checked a held entry: it goes back to pending, on to approval after its hold period. */
export const ReleaseHeldLedgerEntryDocument = graphql(`
  mutation ReleaseHeldLedgerEntry($input: ReleaseHeldEntryInput!) { releaseHeldLedgerEntry(input: $input) { ...LedgerEntryFields } }
`);

/** A manual correction, written as a new ADJUSTMENT entry (the ledger is never edited). */
export const AdjustLedgerDocument = graphql(`
  mutation AdjustLedger($input: AdjustLedgerInput!) { adjustLedger(input: $input) { ...LedgerEntryFields } }
`);

/** The partners to filter and issue by. */
export const CommissionPartnersDocument = graphql(`
  query CommissionPartners { partners(first: 100, orderBy: { field: NAME }) { edges { node { id name } } } }
`);

export const PayoutRowFields = graphql(`
  fragment PayoutRowFields on Payout {
    id createdAt periodStart periodEnd entryCount status paidAt reference version
    total { amountMinor currency }
    partner { id name }
    payeeUser { id name }
  }
`);

export const PayoutsDocument = graphql(`
  query Payouts($filter: PayoutFilter, $first: Int, $after: String) {
    payouts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...PayoutRowFields } }
    }
  }
`);

/** One payout's statement: its entries, oldest first. */
export const PayoutStatementDocument = graphql(`
  query PayoutStatement($id: ID!) {
    payout(id: $id) {
      id
      entries {
        id createdAt kind hook explanation rateBasisPoints
        amount { amountMinor currency }
        basis { amountMinor currency }
        deal { id title }
      }
    }
  }
`);

export const PayoutCsvDocument = graphql(`
  query PayoutCsv($id: ID!) { payout(id: $id) { id csv } }
`);

export const IssuePayoutsDocument = graphql(`
  mutation IssuePayouts($input: IssuePayoutsInput!) { issuePayouts(input: $input) { ...PayoutRowFields } }
`);

export const MarkPayoutPaidDocument = graphql(`
  mutation MarkPayoutPaid($input: MarkPayoutPaidInput!) { markPayoutPaid(input: $input) { ...PayoutRowFields } }
`);

export const CommissionPeriodFields = graphql(`
  fragment CommissionPeriodFields on CommissionPeriod { id periodStart periodEnd closedAt }
`);

/** The closed commission periods, latest first. */
export const CommissionPeriodsDocument = graphql(`
  query CommissionPeriods { commissionPeriods { ...CommissionPeriodFields } }
`);

/** Closes a period: every active partner's plugins run their period-end true-ups, once (a second close is a CONFLICT). */
export const CloseCommissionPeriodDocument = graphql(`
  mutation CloseCommissionPeriod($input: CommissionPeriodInput!) { closeCommissionPeriod(input: $input) { ...CommissionPeriodFields } }
`);
