import { graphql } from '../../gql';

export const PipelinesDocument = graphql(`
  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }
`);

/** What a card shows, and where it sits: the board, live events and moves all return it. */
export const BoardCardFields = graphql(`
  fragment BoardCard on Deal {
    id title version position status type expectedCloseDate
    amount { amountMinor currency }
    owner { id name }
    organization { id name }
    stage { id }
    pipeline { id }
  }
`);

export const BoardFiguresFields = graphql(`
  fragment BoardFigures on BoardColumn {
    count
    stage { id name probability kind }
    sum { amountMinor currency }
    weightedSum { amountMinor currency }
    totals { currency count sum { amountMinor currency } }
    unconvertedCount
  }
`);

/**
 * A board opens with this many cards per column, a few screens' worth: enough to scroll, small
 * enough that a 1,000-deal board arrives fast. Scrolling near a column's end loads its next page.
 */
export const FIRST_PAGE = 30;
export const NEXT_PAGE = 100;

/** Without a pipeline id, the default pipeline's board: a first visit needs one request, not two. */
export const BoardDocument = graphql(`
  query Board($pipelineId: ID, $filter: DealFilter, $first: Int!) {
    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {
      pipeline { id }
      eventCursor
      sum { amountMinor currency }
      weightedSum { amountMinor currency }
      columns {
        ...BoardFigures
        deals(first: $first) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }
      }
    }
  }
`);

/** The next page of one column: the board filtered to the stage, so the other columns are empty. */
export const BoardColumnPageDocument = graphql(`
  query BoardColumnPage($pipelineId: ID!, $filter: DealFilter!, $first: Int!, $after: String!) {
    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {
      columns {
        stage { id }
        deals(first: $first, after: $after) { edges { node { ...BoardCard } } pageInfo { hasNextPage endCursor } }
      }
    }
  }
`);

/** Counts and sums after cards moved: the server converts currencies, so they are not added up here. */
export const BoardFiguresDocument = graphql(`
  query BoardFiguresOnly($pipelineId: ID!, $filter: DealFilter) {
    pipelineBoard(pipelineId: $pipelineId, filter: $filter) {
      sum { amountMinor currency }
      weightedSum { amountMinor currency }
      columns { ...BoardFigures }
    }
  }
`);

export const BoardEventsDocument = graphql(`
  subscription BoardEvents($pipelineId: ID!, $after: Int) {
    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId deal { ...BoardCard } }
  }
`);

export const MoveDealDocument = graphql(`
  mutation MoveDeal($input: MoveDealInput!) { moveDeal(input: $input) { ...BoardCard } }
`);

export const WinDealDocument = graphql(`
  mutation WinDeal($input: WinDealInput!) { winDeal(input: $input) { ...BoardCard } }
`);

export const LoseDealDocument = graphql(`
  mutation LoseDeal($input: LoseDealInput!) { loseDeal(input: $input) { ...BoardCard } }
`);
