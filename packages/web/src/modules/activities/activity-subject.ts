import type { ActivityOutcome, ActivityType } from '../../gql/graphql';

/**
 * The record activities are about: a deal, contact, organization or lead. It is both the
 * timeline's filter and the new activity's links, so it spreads into ActivityFilter and
 * CreateActivityInput as it is.
 */
export interface ActivitySubject {
  dealId?: string;
  contactId?: string;
  organizationId?: string;
  leadId?: string;
}

/** The outcomes that make sense for each kind of activity (the API accepts any on a done one). */
export const OUTCOMES: Record<ActivityType, ActivityOutcome[]> = {
  CALL: ['CONNECTED', 'LEFT_VOICEMAIL', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER'],
  EMAIL: ['REPLIED', 'BOUNCED'],
  MEETING: ['MEETING_HELD', 'NO_SHOW', 'RESCHEDULED'],
  NOTE: [],
  TASK: [],
};
