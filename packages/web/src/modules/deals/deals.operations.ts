import { graphql } from '../../gql';

/** What the deal form edits; the deal page reads it too, so the page can hand its deal to the form. */
export const DealFormDealFields = graphql(`
  fragment DealFormDeal on Deal {
    id version title type status expectedCloseDate
    amount { amountMinor currency }
    pipeline { id }
    stage { id }
    owner { id name }
    organization { id name }
    contact { id name }
    lineItems { id }
  }
`);

export const DealPageDealFields = graphql(`
  fragment DealPageDeal on Deal {
    ...DealFormDeal
    closedOn lostReason lostNote createdAt
    attribution { ...AttributionFields }
    stage { id name kind probability }
    pipeline { id name }
    lineItems {
      id name quantity discountBasisPoints
      product { id name sku active unitPrice { amountMinor currency } }
      unitPrice { amountMinor currency }
      total { amountMinor currency }
    }
    stageHistory {
      id changedAt
      changedBy { id name }
      fromStage { id name }
      toStage { id name }
    }
  }
`);

export const DealPageDocument = graphql(`
  query DealPage($id: ID!) { deal(id: $id) { ...DealPageDeal } }
`);

/** Where the deal's event feed stands now: the page follows it from there. */
export const DealPageEventCursorDocument = graphql(`
  query DealPageEventCursor($id: ID!, $after: Int!) {
    dealEvents(id: $id, after: $after, first: 500) { cursor hasMore }
  }
`);

export const DealPageEventsDocument = graphql(`
  subscription DealPageEvents($id: ID!, $after: Int) {
    dealEvents(id: $id, after: $after) { sequence type subjectId payload actor { id name } }
  }
`);

export const DealPageWinDocument = graphql(`
  mutation DealPageWin($input: WinDealInput!) { winDeal(input: $input) { ...DealPageDeal } }
`);

export const DealPageLoseDocument = graphql(`
  mutation DealPageLose($input: LoseDealInput!) { loseDeal(input: $input) { ...DealPageDeal } }
`);

export const DealPageReopenDocument = graphql(`
  mutation DealPageReopen($input: ReopenDealInput!) { reopenDeal(input: $input) { ...DealPageDeal } }
`);

export const DealPageDeleteDocument = graphql(`
  mutation DealPageDelete($input: DeleteDealInput!) { deleteDeal(input: $input) }
`);

export const DealPageSetLineItemsDocument = graphql(`
  mutation DealPageSetLineItems($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) { ...DealPageDeal } }
`);

export const DealProductOptionsDocument = graphql(`
  query DealProductOptions($search: String) {
    products(first: 20, filter: { active: true, search: $search }, orderBy: { field: NAME }) {
      edges { node { id name sku active unitPrice { amountMinor currency } } }
    }
  }
`);

export const DealFormOptionsDocument = graphql(`
  query DealFormOptions {
    pipelines(first: 50) { edges { node { id name isDefault stages { id name kind } } } }
    users(first: 100) { edges { node { id name active } } }
  }
`);

export const DealFormOrganizationsDocument = graphql(`
  query DealFormOrganizations($search: String) {
    organizations(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name } } }
  }
`);

export const DealFormContactsDocument = graphql(`
  query DealFormContacts($search: String) {
    contacts(first: 20, filter: { search: $search }, orderBy: { field: NAME }) { edges { node { id name organization { id name } } } }
  }
`);

export const DealFormCreateDocument = graphql(`
  mutation DealFormCreate($input: CreateDealInput!) { createDeal(input: $input) { id } }
`);

export const DealFormUpdateDocument = graphql(`
  mutation DealFormUpdate($input: UpdateDealInput!) { updateDeal(input: $input) { id version } }
`);

/** A new stage in the same pipeline. */
export const DealFormMoveDocument = graphql(`
  mutation DealFormMove($input: MoveDealInput!) { moveDeal(input: $input) { id version } }
`);

/** A stage of another pipeline. */
export const DealFormTransferDocument = graphql(`
  mutation DealFormTransfer($input: TransferDealInput!) { transferDeal(input: $input) { id version } }
`);
