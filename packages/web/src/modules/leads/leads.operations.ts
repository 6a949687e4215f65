import { graphql } from '../../gql';

export const LeadRowFields = graphql(`
  fragment LeadRowFields on Lead {
    id name companyName status source score createdAt owner { id name }
  }
`);

export const LeadsDocument = graphql(`
  query Leads($first: Int, $after: String, $filter: LeadFilter, $orderBy: LeadOrderBy) {
    leads(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...LeadRowFields } }
    }
  }
`);

export const LeadDetailFields = graphql(`
  fragment LeadDetailFields on Lead {
    id version name firstName lastName email phone companyName companyWebsite companyEmployeeCount jobTitle
    source sourceDetail score status disqualifiedReason createdAt
    convertedAt convertedContactId convertedOrganizationId convertedDealId
    owner { id name }
    attribution { ...AttributionFields }
    history { id fromStatus toStatus reason changedAt changedBy { id name } }
  }
`);

export const LeadDocument = graphql(`
  query Lead($id: ID!) { lead(id: $id) { ...LeadDetailFields } }
`);


export const LeadConvertPipelinesDocument = graphql(`
  query LeadConvertPipelines { pipelines(first: 100) { edges { node { id name isDefault } } } }
`);

export const CreateLeadDocument = graphql(`
  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }
`);

export const UpdateLeadDocument = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) { updateLead(input: $input) { ...LeadDetailFields } }
`);

export const ChangeLeadStatusDocument = graphql(`
  mutation ChangeLeadStatus($input: ChangeLeadStatusInput!) { changeLeadStatus(input: $input) { ...LeadDetailFields } }
`);

export const ConvertLeadDocument = graphql(`
  mutation ConvertLead($input: ConvertLeadInput!) {
    convertLead(input: $input) {
      contact { id }
      contactReused
      organization { id }
      organizationReused
      deal { id }
    }
  }
`);

export const DeleteLeadDocument = graphql(`
  mutation DeleteLead($input: IdInput!) { deleteLead(input: $input) }
`);
