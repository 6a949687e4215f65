import { graphql } from '../../gql';

export const MyDayTaskFields = graphql(`
  fragment MyDayTask on Activity {
    id type subject dueAt isOverdue
    deal { id title }
    lead { id name }
    contact { id name }
    organization { id name }
  }
`);

/** My open activities due before today and due today, and my open deals expected to close by the end of the week. */
export const MyDayDocument = graphql(`
  query MyDay($me: ID!, $startOfToday: DateTimeISO!, $startOfTomorrow: DateTimeISO!, $closeBy: String!) {
    overdue: activities(first: 25, filter: { ownerId: $me, done: false, dueBefore: $startOfToday }, orderBy: { field: DUE_AT, direction: ASC }) {
      totalCount
      edges { node { ...MyDayTask } }
    }
    today: activities(first: 25, filter: { ownerId: $me, done: false, dueAfter: $startOfToday, dueBefore: $startOfTomorrow }, orderBy: { field: DUE_AT, direction: ASC }) {
      totalCount
      edges { node { ...MyDayTask } }
    }
    followUps: deals(first: 25, filter: { ownerId: $me, status: [OPEN], expectedCloseTo: $closeBy }) {
      totalCount
      edges { node { id title expectedCloseDate amount { amountMinor currency } organization { id name } stage { id name } } }
    }
  }
`);

export const CompleteMyDayTaskDocument = graphql(`
  mutation CompleteMyDayTask($input: CompleteActivityInput!) { completeActivity(input: $input) { id doneAt } }
`);

export const NotificationFields = graphql(`
  fragment Notification on OutboxEvent {
    sequence type subjectId occurredAt payload
    actor { id name }
    deal { id title }
  }
`);

export const NotificationStateDocument = graphql(`
  query NotificationState { notificationState { readUpTo recentFrom } }
`);

export const NotificationsDocument = graphql(`
  query Notifications($after: Int!) {
    myNotifications(after: $after, first: 100) { cursor hasMore reloadRequired events { ...Notification } }
  }
`);

export const NotificationEventsDocument = graphql(`
  subscription NotificationEvents($after: Int) { myNotifications(after: $after) { ...Notification } }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { readUpTo } }
`);
