import { graphql } from '../../gql';

export const PartnerRowFields = graphql(`
  fragment PartnerRowFields on Partner {
    id name type status tier referralCode email domain updatedAt
    group { id name }
  }
`);

export const PartnersDocument = graphql(`
  query Partners($filter: PartnerFilter, $orderBy: PartnerOrderBy, $first: Int, $after: String) {
    partners(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...PartnerRowFields } }
    }
  }
`);

/** What the partner page and the edit dialog need of a partner. */
export const PartnerFields = graphql(`
  fragment PartnerFields on Partner {
    id name type status tier email domain referralCode installationId version createdAt updatedAt
    group { id name }
    manager { id name }
  }
`);

export const PartnerUserFields = graphql(`
  fragment PartnerUserFields on User { id name email active lastLoginAt }
`);

/** A registration as the queue and the partner page show it, conflicts included. */
export const RegistrationFields = graphql(`
  fragment RegistrationFields on DealRegistration {
    id title organizationName organizationDomain contactName contactEmail notes status expectedCloseDate
    expiresAt createdAt decidedAt rejectionReason version
    amount { amountMinor currency }
    partner { id name }
    submittedBy { id name }
    decidedBy { id name }
    deal { id title }
    conflicts { kind description dealId registrationId }
  }
`);

/** A deal credited to the partner, as its page lists them. */
export const PartnerDealFields = graphql(`
  fragment PartnerDealFields on Deal {
    id title status
    amount { amountMinor currency }
    stage { id name }
    owner { id name }
  }
`);

/** A registration as the partner page lists it; the queue has the rest. */
export const PartnerRegistrationRowFields = graphql(`
  fragment PartnerRegistrationRowFields on DealRegistration {
    id title organizationName status createdAt
    amount { amountMinor currency }
    deal { id }
    conflicts { kind }
  }
`);

/** The partner with its latest registrations and credited deals (within the server's cost limit; the queue and the deals pages have the rest). */
export const PartnerPageDocument = graphql(`
  query PartnerPage($id: ID!) {
    partner(id: $id) { ...PartnerFields users { ...PartnerUserFields } }
    dealRegistrations(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerRegistrationRowFields } } }
    deals(filter: { partnerId: $id }, first: 20) { totalCount edges { node { ...PartnerDealFields } } }
  }
`);

export const CreatePartnerDocument = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) { createPartner(input: $input) { ...PartnerFields } }
`);

export const UpdatePartnerDocument = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) { updatePartner(input: $input) { ...PartnerFields } }
`);

export const RegeneratePartnerReferralCodeDocument = graphql(`
  mutation RegeneratePartnerReferralCode($input: IdInput!) { regeneratePartnerReferralCode(input: $input) { ...PartnerFields } }
`);

export const InvitePartnerUserDocument = graphql(`
  mutation InvitePartnerUser($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl invite { id email expiresAt } } }
`);

export const PartnerGroupFields = graphql(`
  fragment PartnerGroupFields on PartnerGroup { id name description holdDays defaultInstallationId version }
`);

export const PartnerGroupsDocument = graphql(`
  query PartnerGroups { partnerGroups { ...PartnerGroupFields } }
`);

/** The plugin installations a group or a partner may be paid by (managers and above may read them). */
export const PartnerInstallationsDocument = graphql(`
  query PartnerInstallations { pluginInstallations { id name enabled plugin { id name } } }
`);

export const CreatePartnerGroupDocument = graphql(`
  mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { ...PartnerGroupFields } }
`);

export const UpdatePartnerGroupDocument = graphql(`
  mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { ...PartnerGroupFields } }
`);

export const DeletePartnerGroupDocument = graphql(`
  mutation DeletePartnerGroup($input: IdInput!) { deletePartnerGroup(input: $input) }
`);

export const RegistrationsDocument = graphql(`
  query Registrations($filter: DealRegistrationFilter, $first: Int, $after: String) {
    dealRegistrations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...RegistrationFields } }
    }
  }
`);

/** Where an approved registration's deal may go, and who may own it. */
export const ApproveOptionsDocument = graphql(`
  query RegistrationApproveOptions { pipelines(first: 50) { edges { node { id name isDefault } } } }
`);

export const ApproveRegistrationDocument = graphql(`
  mutation ApproveDealRegistration($input: ApproveDealRegistrationInput!) { approveDealRegistration(input: $input) { ...RegistrationFields } }
`);

export const RejectRegistrationDocument = graphql(`
  mutation RejectDealRegistration($input: RejectDealRegistrationInput!) { rejectDealRegistration(input: $input) { ...RegistrationFields } }
`);

/** A deal's or a lead's credit to a partner; the deal and lead pages read it with their record. */
export const AttributionFields = graphql(`
  fragment AttributionFields on Attribution {
    source attributedAt
    partner { id name }
    attributedBy { id name }
  }
`);

/** The partners a deal or a lead may be credited to: active ones matching what was typed. */
export const AttributionPartnerOptionsDocument = graphql(`
  query AttributionPartnerOptions($search: String) {
    partners(filter: { search: $search, status: [ACTIVE] }, orderBy: { field: NAME }, first: 20) { edges { node { id name type } } }
  }
`);

/** Returns the deal as its page shows it, so the page keeps the new version. */
export const SetDealAttributionDocument = graphql(`
  mutation SetDealAttribution($input: SetDealAttributionInput!) { setDealAttribution(input: $input) { ...DealPageDeal } }
`);

/** Returns the lead as its page shows it, so the page keeps the new version. */
export const SetLeadAttributionDocument = graphql(`
  mutation SetLeadAttribution($input: SetLeadAttributionInput!) { setLeadAttribution(input: $input) { ...LeadDetailFields } }
`);

/** A customer's referral code and the leads they referred; the contact page reads it with the contact. */
export const ContactReferralFields = graphql(`
  fragment ContactReferralFields on Contact {
    referralCode
    referrals(first: 20) {
      totalCount
      edges { node { id code status createdAt convertedAt lead { id name } referred { id name } } }
    }
  }
`);

export const IssueReferralCodeDocument = graphql(`
  mutation IssueReferralCode($input: IssueReferralCodeInput!) { issueReferralCode(input: $input) { id isCustomer ...ContactReferralFields } }
`);
