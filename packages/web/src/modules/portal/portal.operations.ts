import { graphql } from '../../gql';

/** The partner the person acts for: the portal's header facts. The team's side (group, manager, users) is not theirs to read. */
export const PortalPartnerDocument = graphql(`
  query PortalPartner { myPartner { id name type status tier referralCode } }
`);

/** Their commissions, a page at a time (the totals add up every page). */
export const PortalLedgerDocument = graphql(`
  query PortalLedger($first: Int, $after: String) {
    ledgerEntries(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { id createdAt kind status explanation amount { amountMinor currency } } }
    }
  }
`);

export const PortalRegistrationFields = graphql(`
  fragment PortalRegistrationFields on DealRegistration {
    id title organizationName organizationDomain status expectedCloseDate expiresAt createdAt decidedAt rejectionReason
    amount { amountMinor currency }
    conflicts { kind description }
  }
`);

export const PortalSubmitRegistrationDocument = graphql(`
  mutation PortalSubmitRegistration($input: SubmitDealRegistrationInput!) {
    submitDealRegistration(input: $input) { ...PortalRegistrationFields }
  }
`);

export const PortalRegistrationsDocument = graphql(`
  query PortalRegistrations($first: Int, $after: String) {
    dealRegistrations(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...PortalRegistrationFields } }
    }
  }
`);

export const PortalDealsDocument = graphql(`
  query PortalDeals($first: Int, $after: String) {
    partnerDeals(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { id title status expectedCloseDate amount { amountMinor currency } stage { id name } } }
    }
  }
`);

export const PortalPayoutsDocument = graphql(`
  query PortalPayouts($first: Int, $after: String) {
    payouts(first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { id periodStart periodEnd entryCount status paidAt reference createdAt total { amountMinor currency } } }
    }
  }
`);

/**
 * One statement's CSV. There is no `payout(id)`: the payout is the one row after the row before it
 * in the list (keyset cursors stay put when newer statements are issued).
 */
export const PortalPayoutCsvDocument = graphql(`
  query PortalPayoutCsv($id: ID!) { payout(id: $id) { id csv } }
`);
