import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'How far you have read your notifications; the same on every device.' })
export class NotificationState {
  @Field(() => Int, { description: 'Notifications with a sequence up to this cursor are read.' })
  readUpTo: number;

  @Field(() => Int, { description: 'Notifications after readUpTo.' })
  unreadCount: number;

  @Field(() => Int, {
    description: 'Where recent notifications start: myNotifications(after: recentFrom) returns the unread ones '
      + 'and the last 20 read ones before them; follow the myNotifications subscription from its cursor.',
  })
  recentFrom: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => Int, { description: 'The sequence of the newest notification seen; at most the workspace\'s current event cursor.' })
  upTo: number;
}
