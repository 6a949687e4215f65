import type { LeadSource, LeadStatus } from '../../gql/graphql';

/** The funnel steps a lead moves along, in order (DOMAIN.md §3). */
export const FUNNEL: readonly LeadStatus[] = ['LEAD', 'MQL', 'SAL', 'SQL'];
/** The path the lifecycle stepper shows: the funnel, ended by conversion into a contact and deal. */
export const LIFECYCLE: readonly LeadStatus[] = [...FUNNEL, 'CONVERTED'];
export const LEAD_STATUSES: readonly LeadStatus[] = [...LIFECYCLE, 'DISQUALIFIED'];
export const LEAD_SOURCES: readonly LeadSource[] = ['INBOUND', 'OUTBOUND', 'CHANNEL', 'REFERRAL', 'EVENT', 'OTHER'];

export const STATUS_COLORS: Record<LeadStatus, string> = {
  LEAD: 'grey',
  MQL: 'info',
  SAL: 'indigo',
  SQL: 'teal',
  CONVERTED: 'success',
  DISQUALIFIED: 'error',
};

/** What a person may do with a lead in a given status. */
export interface LeadActions {
  /** The next funnel step, if there is one. */
  qualify: LeadStatus | null;
  /** Earlier funnel steps it may be moved back to. */
  back: LeadStatus[];
  disqualify: boolean;
  /** A disqualified lead comes back into the funnel only as LEAD. */
  requalify: boolean;
  convert: boolean;
}

/**
 * The server's funnel rule (packages/server/src/modules/leads/lead.service.ts `assertTransition`
 * and `markConverted`): LEAD, MQL, SAL and SQL move freely forward and back, may be disqualified
 * and may be converted; a disqualified lead can only be requalified to LEAD; a converted lead no
 * longer changes. Offering only these keeps people from buttons the server would refuse.
 */
export function actionsFor(status: LeadStatus): LeadActions {
  const step = FUNNEL.indexOf(status);
  if (step === -1) return { qualify: null, back: [], disqualify: false, requalify: status === 'DISQUALIFIED', convert: false };
  return { qualify: FUNNEL[step + 1] ?? null, back: FUNNEL.slice(0, step), disqualify: true, requalify: false, convert: true };
}

/**
 * Where the stepper stands: the current step, or for a disqualified lead the step it was
 * disqualified from (its history says), so the page still shows how far it got.
 */
export function stepOf(status: LeadStatus, history: ReadonlyArray<{ fromStatus: LeadStatus | null; toStatus: LeadStatus }>): LeadStatus {
  if (status !== 'DISQUALIFIED') return status;
  const disqualified = [...history].reverse().find((change) => change.toStatus === 'DISQUALIFIED');
  return disqualified?.fromStatus ?? 'LEAD';
}
