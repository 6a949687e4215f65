import { graphql } from '../../gql';

export const ContactRowFields = graphql(`
  fragment ContactRowFields on Contact {
    id name email phone jobTitle isCustomer archivedAt createdAt updatedAt
    organization { id name }
    owner { id name }
  }
`);

export const ContactsDocument = graphql(`
  query Contacts($filter: ContactFilter, $orderBy: ContactOrderBy, $first: Int, $after: String) {
    contacts(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...ContactRowFields } }
    }
  }
`);

/** What the detail page and the edit dialog need of a contact. */
export const ContactFields = graphql(`
  fragment ContactFields on Contact {
    id firstName lastName name email phone jobTitle isCustomer customerSince archivedAt version createdAt updatedAt
    ...ContactReferralFields
    organization { id name }
    owner { id name }
  }
`);

/** A deal as the contact and organization pages list it. */
export const RelatedDealFields = graphql(`
  fragment RelatedDealFields on Deal {
    id title status
    amount { amountMinor currency }
    stage { id name }
  }
`);

export const ContactDocument = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) { ...ContactFields }
    deals(filter: { contactId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }
  }
`);

export const CreateContactDocument = graphql(`
  mutation CreateContact($input: CreateContactInput!) { createContact(input: $input) { ...ContactFields } }
`);

export const UpdateContactDocument = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { ...ContactFields } }
`);

export const ArchiveContactDocument = graphql(`
  mutation ArchiveContact($input: IdInput!) { archiveContact(input: $input) { ...ContactFields } }
`);

export const RestoreContactDocument = graphql(`
  mutation RestoreContact($input: IdInput!) { restoreContact(input: $input) { ...ContactFields } }
`);

export const OrganizationRowFields = graphql(`
  fragment OrganizationRowFields on Organization {
    id name domain industry employeeCount city country archivedAt createdAt updatedAt
    owner { id name }
  }
`);

export const OrganizationsDocument = graphql(`
  query Organizations($filter: OrganizationFilter, $orderBy: OrganizationOrderBy, $first: Int, $after: String) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...OrganizationRowFields } }
    }
  }
`);

/** The organization picker's choices: a few matches for what was typed. */
export const ContactOrganizationOptionsDocument = graphql(`
  query ContactOrganizationOptions($search: String) {
    organizations(filter: { search: $search }, orderBy: { field: NAME }, first: 20) { edges { node { id name } } }
  }
`);

export const OrganizationFields = graphql(`
  fragment OrganizationFields on Organization {
    id name domain industry employeeCount phone address city country archivedAt version createdAt updatedAt
    owner { id name }
  }
`);

export const OrganizationDocument = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationFields
      contacts(first: 100, orderBy: { field: NAME }) { totalCount edges { node { id name jobTitle email } } }
    }
    deals(filter: { organizationId: $id }, first: 50) { totalCount edges { node { ...RelatedDealFields } } }
  }
`);

export const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { ...OrganizationFields } }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ...OrganizationFields } }
`);

export const ArchiveOrganizationDocument = graphql(`
  mutation ArchiveOrganization($input: IdInput!) { archiveOrganization(input: $input) { ...OrganizationFields } }
`);

export const RestoreOrganizationDocument = graphql(`
  mutation RestoreOrganization($input: IdInput!) { restoreOrganization(input: $input) { ...OrganizationFields } }
`);
