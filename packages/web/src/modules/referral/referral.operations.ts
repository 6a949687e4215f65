import { graphql } from '../../gql';

/** Public: who the link's code invites to which company; NOT_FOUND for a link that is not valid. */
export const ReferralInvitationDocument = graphql(`
  query ReferralInvitation($workspace: String!, $referralCode: String!) {
    referralInvitation(workspace: $workspace, referralCode: $referralCode) { workspaceName referrerName }
  }
`);

/** Public: the person answering the link becomes a lead credited to the referrer. */
export const SubmitReferralDocument = graphql(`
  mutation SubmitReferral($input: SubmitReferralInput!) { submitReferral(input: $input) }
`);
