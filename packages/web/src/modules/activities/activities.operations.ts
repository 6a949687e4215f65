import { graphql } from '../../gql';

export const TimelineActivityFields = graphql(`
  fragment TimelineActivity on Activity {
    id version type subject note outcome dueAt doneAt isOverdue durationMinutes createdAt
    owner { id name }
  }
`);

/** Newest first: by due time (done time, else creation, when there is none), latest on top. */
export const TimelineActivitiesDocument = graphql(`
  query TimelineActivities($filter: ActivityFilter!, $after: String) {
    activities(filter: $filter, first: 20, after: $after, orderBy: { field: DUE_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...TimelineActivity } }
    }
  }
`);

export const LogActivityDocument = graphql(`
  mutation LogActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...TimelineActivity } }
`);

export const CompleteTimelineActivityDocument = graphql(`
  mutation CompleteTimelineActivity($input: CompleteActivityInput!) { completeActivity(input: $input) { ...TimelineActivity } }
`);

export const ReopenTimelineActivityDocument = graphql(`
  mutation ReopenTimelineActivity($input: IdInput!) { reopenActivity(input: $input) { ...TimelineActivity } }
`);
