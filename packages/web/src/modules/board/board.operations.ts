import { graphql } from '../../gql';

export const PipelinesDocument = graphql(`
  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }
`);

export const BoardDocument = graphql(`
  query Board($pipelineId: ID!) {
    pipelineBoard(pipelineId: $pipelineId) {
      eventCursor
      sum { amountMinor currency }
      weightedSum { amountMinor currency }
      columns {
        count
        stage { id name probability kind }
        sum { amountMinor currency }
        weightedSum { amountMinor currency }
        deals(first: 50) {
          edges { node { id title version amount { amountMinor currency } owner { id name } organization { id name } } }
        }
      }
    }
  }
`);

export const BoardEventsDocument = graphql(`
  subscription BoardEvents($pipelineId: ID!, $after: Int) {
    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId }
  }
`);
