import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphqlClient, NO_BACKGROUND_WORK, startTestServer, type TenantSession, type TestServer } from '../../../test/harness';

const ACTIVITY_FIELDS = `
  id version type subject note dueAt doneAt outcome durationMinutes isOverdue createdAt updatedAt
  owner { id } deal { id } contact { id } lead { id } organization { id }
`;
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const COMPLETE = `mutation($input: CompleteActivityInput!) { completeActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const REOPEN = `mutation($input: IdInput!) { reopenActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
const DELETE = `mutation($input: IdInput!) { deleteActivity(input: $input) }`;
const GET = `query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`;
const PAGE = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id subject } }`;
const LIST = `
  query($first: Int, $after: String, $last: Int, $before: String, $filter: ActivityFilter, $orderBy: ActivityOrderBy) {
    activities(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ${PAGE} }
  }
`;
const MY_TASKS = `query($first: Int, $after: String) { myTasks(first: $first, after: $after) { ${PAGE} } }`;
const SETTINGS = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { repsSeeOwnRecordsOnly } }`;

type Activity = Record<string, any>;
type Records = {
  dealId: string;
  contactId: string;
  leadId: string;
  organizationId: string;
};

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createActivity(client: GraphqlClient, input: Record<string, unknown> = {}): Promise<Activity> {
  return (await client.query(CREATE, { input: { type: 'CALL', subject: 'Discovery call', ...input } })).createActivity;
}

async function getActivity(client: GraphqlClient, id: string): Promise<Activity | null> {
  return (await client.query(GET, { id })).activity;
}

async function activityCount(client: GraphqlClient): Promise<number> {
  return (await client.query(LIST, { first: 0 })).activities.totalCount;
}

async function listIds(client: GraphqlClient, variables: Record<string, unknown>): Promise<string[]> {
  return (await client.query(LIST, { first: 100, ...variables })).activities.edges.map((edge: any) => edge.node.id);
}

/** One deal, contact, lead and organization of the tenant, to link activities to. */
async function createRecords(client: GraphqlClient): Promise<Records> {
  const organization = await client.query(`mutation { createOrganization(input: { name: "Initech" }) { id } }`);
  const contact = await client.query(`mutation { createContact(input: { firstName: "Peter" }) { id } }`);
  const deal = await client.query(`mutation { createDeal(input: { title: "TPS upgrade" }) { id } }`);
  const lead = await client.query(`mutation { createLead(input: { firstName: "Milton", source: INBOUND }) { id } }`);
  return {
    dealId: deal.createDeal.id,
    contactId: contact.createContact.id,
    leadId: lead.createLead.id,
    organizationId: organization.createOrganization.id,
  };
}

describe('activities', () => {
  let server: TestServer;
  let owner: TenantSession;
  let other: TenantSession;
  let mine: Records;
  let theirs: Records;

  beforeAll(async () => {
    server = await startTestServer(NO_BACKGROUND_WORK);
    owner = await server.signup('Activity Co');
    other = await server.signup('Other Co');
    mine = await createRecords(owner.client);
    theirs = await createRecords(other.client);
  });
  afterAll(() => server.close());

  const invite = (owner: TenantSession, role: string) => server.invite(owner, role);

  describe('create, read, update, delete', () => {
    it('creates an open call linked to a deal, contact, lead and organization, owned by the caller', async () => {
      const dueAt = inHours(24);
      const activity = await createActivity(owner.client, {
        subject: '  Discovery call  ',
        note: 'Ask about their TPS reports',
        dueAt,
        durationMinutes: 30,
        ...mine,
      });
      expect(activity).toMatchObject({
        type: 'CALL',
        subject: 'Discovery call',
        note: 'Ask about their TPS reports',
        dueAt,
        doneAt: null,
        outcome: null,
        durationMinutes: 30,
        isOverdue: false,
        version: 1,
        owner: { id: owner.userId },
        deal: { id: mine.dealId },
        contact: { id: mine.contactId },
        lead: { id: mine.leadId },
        organization: { id: mine.organizationId },
      });
      expect(await getActivity(owner.client, activity.id)).toEqual(activity);
    });

    it('logs a call, email or meeting that already happened, with its outcome', async () => {
      const doneAt = inHours(-2);
      for (const [type, outcome] of [['CALL', 'LEFT_VOICEMAIL'], ['EMAIL', 'REPLIED'], ['MEETING', 'MEETING_HELD']]) {
        const logged = await createActivity(owner.client, { type, doneAt, outcome });
        expect(logged).toMatchObject({ type, doneAt, outcome, isOverdue: false });
      }
    });

    it('a note is done when written; a task starts open', async () => {
      const before = Date.now();
      const note = await createActivity(owner.client, { type: 'NOTE', subject: 'They use Lotus Notes' });
      expect(Date.parse(note.doneAt)).toBeGreaterThanOrEqual(before - 1000);
      const task = await createActivity(owner.client, { type: 'TASK', subject: 'Send proposal', dueAt: inHours(-1) });
      expect(task).toMatchObject({ doneAt: null, isOverdue: true });
      const count = await activityCount(owner.client);
      const done = await owner.client.error(CREATE, { input: { type: 'TASK', subject: 'Done already', doneAt: inHours(-1) } });
      expect(done.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doneAt' });
      expect(await activityCount(owner.client)).toBe(count);
    });

    it('rejects bad input naming the field, and writes nothing', async () => {
      const before = await activityCount(owner.client);
      const long = (n: number) => 'x'.repeat(n);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ subject: '' }, 'subject', 'BAD_USER_INPUT'],
        [{ subject: '   ' }, 'subject', 'BAD_USER_INPUT'],
        [{ subject: long(201) }, 'subject', 'BAD_USER_INPUT'],
        [{ note: long(5001) }, 'note', 'BAD_USER_INPUT'],
        [{ durationMinutes: -1 }, 'durationMinutes', 'BAD_USER_INPUT'],
        [{ durationMinutes: 1441 }, 'durationMinutes', 'BAD_USER_INPUT'],
        [{ type: 'CARRIER_PIGEON' }, 'type', 'BAD_USER_INPUT'],
        [{ outcome: 'CONNECTED' }, 'outcome', 'BAD_USER_INPUT'],
        [{ outcome: 'CONNECTED', dueAt: inHours(-1) }, 'outcome', 'BAD_USER_INPUT'],
        [{ doneAt: inHours(1), outcome: 'CONNECTED' }, 'doneAt', 'BAD_USER_INPUT'],
        [{ dealId: theirs.dealId }, 'dealId', 'NOT_FOUND'],
        [{ contactId: theirs.contactId }, 'contactId', 'NOT_FOUND'],
        [{ leadId: theirs.leadId }, 'leadId', 'NOT_FOUND'],
        [{ organizationId: theirs.organizationId }, 'organizationId', 'NOT_FOUND'],
        [{ dealId: 'not-an-id' }, 'dealId', 'NOT_FOUND'],
        [{ ...mine, organizationId: theirs.organizationId }, 'organizationId', 'NOT_FOUND'],
        [{ ownerId: other.userId }, 'ownerId', 'NOT_FOUND'],
      ];
      for (const [input, field, code] of cases) {
        const error = await owner.client.error(CREATE, { input: { type: 'CALL', subject: 'Valid', ...input } });
        expect(error.extensions, JSON.stringify(input)).toMatchObject({ code, field });
      }
      expect(await activityCount(owner.client)).toBe(before);
    });

    it('updates only what is sent: undefined keeps, null clears, and links are checked', async () => {
      const activity = await createActivity(owner.client, { note: 'Old note', dueAt: inHours(5), durationMinutes: 15, ...mine });
      const dueAt = inHours(-3);
      const { updateActivity } = await owner.client.query(UPDATE, {
        input: { id: activity.id, type: 'MEETING', note: '  ', dueAt, dealId: null, leadId: null },
      });
      expect(updateActivity).toMatchObject({
        type: 'MEETING',
        subject: 'Discovery call',
        note: null,
        dueAt,
        durationMinutes: 15,
        isOverdue: true,
        version: 2,
        deal: null,
        lead: null,
        contact: { id: mine.contactId },
        organization: { id: mine.organizationId },
      });
      for (const [input, field, code] of [
        [{ subject: ' ' }, 'subject', 'BAD_USER_INPUT'],
        [{ subject: null }, 'subject', 'BAD_USER_INPUT'],
        [{ type: null }, 'type', 'BAD_USER_INPUT'],
        [{ outcome: 'CONNECTED' }, 'outcome', 'BAD_USER_INPUT'],
        [{ durationMinutes: 2000 }, 'durationMinutes', 'BAD_USER_INPUT'],
        [{ dealId: theirs.dealId }, 'dealId', 'NOT_FOUND'],
        [{ contactId: theirs.contactId }, 'contactId', 'NOT_FOUND'],
        [{ leadId: theirs.leadId }, 'leadId', 'NOT_FOUND'],
        [{ organizationId: theirs.organizationId }, 'organizationId', 'NOT_FOUND'],
      ] as const) {
        const error = await owner.client.error(UPDATE, { input: { id: activity.id, ...input } });
        expect(error.extensions, JSON.stringify(input)).toMatchObject({ code, field });
      }
      expect(await getActivity(owner.client, activity.id)).toEqual(updateActivity);
    });

    it('a stale version is a CONFLICT carrying the current one, and changes nothing', async () => {
      const activity = await createActivity(owner.client);
      await owner.client.query(UPDATE, { input: { id: activity.id, version: 1, subject: 'Second try' } });
      const error = await owner.client.error(UPDATE, { input: { id: activity.id, version: 1, subject: 'Lost update', note: 'x' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await getActivity(owner.client, activity.id)).toMatchObject({ subject: 'Second try', note: null, version: 2 });
    });

    it('completes with an outcome (now unless told), refuses twice, and reopens', async () => {
      const activity = await createActivity(owner.client, { dueAt: inHours(-1), note: 'Call back' });
      expect(activity.isOverdue).toBe(true);
      const before = Date.now();
      const done = (await owner.client.query(COMPLETE, { input: { id: activity.id, outcome: 'CONNECTED', note: 'Interested' } })).completeActivity;
      expect(done).toMatchObject({ outcome: 'CONNECTED', note: 'Interested', isOverdue: false, version: 2 });
      expect(Date.parse(done.doneAt)).toBeGreaterThanOrEqual(before - 1000);

      const twice = await owner.client.error(COMPLETE, { input: { id: activity.id, outcome: 'BUSY' } });
      expect(twice.extensions?.code).toBe('CONFLICT');
      expect(twice.message).toContain('reopen');
      expect(await getActivity(owner.client, activity.id)).toEqual(done);

      const changed = (await owner.client.query(UPDATE, { input: { id: activity.id, outcome: 'NO_ANSWER' } })).updateActivity;
      expect(changed.outcome).toBe('NO_ANSWER');

      const reopened = (await owner.client.query(REOPEN, { input: { id: activity.id } })).reopenActivity;
      expect(reopened).toMatchObject({ doneAt: null, outcome: null, note: 'Interested', isOverdue: true, version: 4 });
      expect((await owner.client.query(REOPEN, { input: { id: activity.id } })).reopenActivity).toEqual(reopened);

      const doneAt = inHours(-0.5);
      const backdated = (await owner.client.query(COMPLETE, { input: { id: activity.id, doneAt } })).completeActivity;
      expect(backdated).toMatchObject({ doneAt, outcome: null, note: 'Interested' });
    });

    it('refuses to complete in the future', async () => {
      const activity = await createActivity(owner.client);
      const error = await owner.client.error(COMPLETE, { input: { id: activity.id, doneAt: inHours(2) } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doneAt' });
      expect(await getActivity(owner.client, activity.id)).toEqual(activity);
    });

    it('owners delete their own activities; someone else\'s needs a manager', async () => {
      const rep = await invite(owner, 'REP');
      const ownersCall = await createActivity(owner.client);
      const repsCall = await createActivity(rep.client);
      const refused = await rep.client.error(DELETE, { input: { id: ownersCall.id } });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      expect(await getActivity(owner.client, ownersCall.id)).not.toBeNull();
      expect((await rep.client.query(DELETE, { input: { id: repsCall.id } })).deleteActivity).toBe(repsCall.id);
      expect((await owner.client.query(DELETE, { input: { id: ownersCall.id } })).deleteActivity).toBe(ownersCall.id);
      expect(await getActivity(owner.client, ownersCall.id)).toBeNull();
      const gone = await owner.client.error(DELETE, { input: { id: ownersCall.id } });
      expect(gone.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('another tenant\'s activity looks missing', async () => {
      const theirsCall = await createActivity(other.client);
      expect(await getActivity(owner.client, theirsCall.id)).toBeNull();
      for (const [query, input] of [
        [UPDATE, { id: theirsCall.id, subject: 'Mine' }],
        [COMPLETE, { id: theirsCall.id }],
        [REOPEN, { id: theirsCall.id }],
        [DELETE, { id: theirsCall.id }],
      ] as const) {
        expect((await owner.client.error(query, { input })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      }
      expect(await getActivity(other.client, theirsCall.id)).toMatchObject({ subject: 'Discovery call', version: 1 });
    });

    it('deleting a lead keeps its activities, unlinked', async () => {
      const { createLead } = await owner.client.query(`mutation { createLead(input: { firstName: "Short", source: OTHER }) { id } }`);
      const call = await createActivity(owner.client, { leadId: createLead.id });
      await owner.client.query(`mutation($id: ID!) { deleteLead(input: { id: $id }) }`, { id: createLead.id });
      expect(await getActivity(owner.client, call.id)).toMatchObject({ lead: null });
      expect(await listIds(owner.client, { filter: { leadId: createLead.id } })).toEqual([]);
    });
  });

  describe('lists', () => {
    let session: TenantSession;
    let rep: { client: GraphqlClient; userId: string };
    let records: Records;
    const rows: Record<string, Activity> = {};

    beforeAll(async () => {
      session = await server.signup('Agenda Co');
      rep = await invite(session, 'REP');
      records = await createRecords(session.client);
      const plan: [string, Record<string, unknown>, GraphqlClient?][] = [
        ['overdueCall', { type: 'CALL', dueAt: inHours(-5), dealId: records.dealId }],
        ['futureTask', { type: 'TASK', dueAt: inHours(30), leadId: records.leadId }],
        ['heldMeeting', { type: 'MEETING', dueAt: inHours(-30), doneAt: inHours(-29), outcome: 'MEETING_HELD', contactId: records.contactId }],
        ['repEmail', { type: 'EMAIL', organizationId: records.organizationId }, rep.client],
        ['note', { type: 'NOTE', dealId: records.dealId, contactId: records.contactId }],
        ['undatedTask', { type: 'TASK' }],
        ['repTask', { type: 'TASK', dueAt: inHours(-2) }, rep.client],
      ];
      for (const [key, input, client] of plan) {
        rows[key] = await createActivity(client ?? session.client, { subject: key, ...input });
        await pause(3);
      }
      // Touch them in another order so UPDATED_AT differs from CREATED_AT.
      for (const key of ['note', 'overdueCall', 'repTask', 'futureTask', 'undatedTask', 'heldMeeting', 'repEmail']) {
        rows[key] = (await session.client.query(UPDATE, { input: { id: rows[key]!.id, durationMinutes: 5 } })).updateActivity;
        await pause(3);
      }
    });

    const ids = (...keys: string[]) => keys.map((key) => rows[key]!.id).sort();
    const filtered = async (filter: Record<string, unknown>) => (await listIds(session.client, { filter })).sort();

    it('filters by type, owner and each linked record', async () => {
      expect(await filtered({ type: ['TASK'] })).toEqual(ids('futureTask', 'undatedTask', 'repTask'));
      expect(await filtered({ type: ['CALL', 'MEETING'] })).toEqual(ids('overdueCall', 'heldMeeting'));
      expect(await filtered({ type: [] })).toHaveLength(7);
      expect(await filtered({ ownerId: rep.userId })).toEqual(ids('repEmail', 'repTask'));
      expect(await filtered({ dealId: records.dealId })).toEqual(ids('overdueCall', 'note'));
      expect(await filtered({ contactId: records.contactId })).toEqual(ids('heldMeeting', 'note'));
      expect(await filtered({ leadId: records.leadId })).toEqual(ids('futureTask'));
      expect(await filtered({ organizationId: records.organizationId })).toEqual(ids('repEmail'));
      expect(await filtered({ dealId: records.dealId, type: ['NOTE'] })).toEqual(ids('note'));
    });

    it('filters by done and overdue', async () => {
      expect(await filtered({ done: true })).toEqual(ids('heldMeeting', 'note'));
      expect(await filtered({ done: false })).toEqual(ids('overdueCall', 'futureTask', 'repEmail', 'undatedTask', 'repTask'));
      expect(await filtered({ overdue: true })).toEqual(ids('overdueCall', 'repTask'));
      expect(await filtered({ overdue: false })).toEqual(ids('futureTask', 'heldMeeting', 'repEmail', 'note', 'undatedTask'));
      expect(await filtered({ overdue: true, ownerId: rep.userId })).toEqual(ids('repTask'));
    });

    it('filters by due time: after is inclusive, before exclusive', async () => {
      expect(await filtered({ dueBefore: inHours(0) })).toEqual(ids('overdueCall', 'heldMeeting', 'repTask'));
      expect(await filtered({ dueAfter: inHours(0) })).toEqual(ids('futureTask'));
      expect(await filtered({ dueAfter: rows.overdueCall!.dueAt, dueBefore: rows.repTask!.dueAt })).toEqual(ids('overdueCall'));
    });

    it('lists by due time by default, undated ones at their done or creation time', async () => {
      const order = await listIds(session.client, {});
      expect(order).toEqual(
        ['heldMeeting', 'overdueCall', 'repTask', 'repEmail', 'note', 'undatedTask', 'futureTask'].map((key) => rows[key]!.id),
      );
    });

    const byId = (a: Activity, b: Activity) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sortAt = (a: Activity): string => a.dueAt ?? a.doneAt ?? a.createdAt;
    const orders: [string, (a: Activity, b: Activity) => number][] = [
      ['CREATED_AT', byId],
      ['DUE_AT', (a, b) => sortAt(a).localeCompare(sortAt(b)) || byId(a, b)],
      ['UPDATED_AT', (a, b) => a.updatedAt.localeCompare(b.updatedAt) || byId(a, b)],
    ];
    for (const [field, compare] of orders) {
      for (const direction of ['ASC', 'DESC']) {
        it(`orders by ${field} ${direction}, the same walking forward and backward`, async () => {
          const expected = Object.values(rows).sort(compare).map((row) => row.id);
          if (direction === 'DESC') expected.reverse();
          const variables = { orderBy: { field, direction } };
          const forward: string[] = [];
          let after: string | null = null;
          do {
            const { activities }: any = await session.client.query(LIST, { ...variables, first: 2, after });
            forward.push(...activities.edges.map((edge: any) => edge.node.id));
            after = activities.pageInfo.hasNextPage ? activities.pageInfo.endCursor : null;
          } while (after);
          const backward: string[] = [];
          let before: string | null = null;
          do {
            const { activities }: any = await session.client.query(LIST, { ...variables, last: 3, before });
            backward.unshift(...activities.edges.map((edge: any) => edge.node.id));
            before = activities.pageInfo.hasPreviousPage ? activities.pageInfo.startCursor : null;
          } while (before);
          expect(forward).toEqual(expected);
          expect(backward).toEqual(expected);
        });
      }
    }

    it('"My day" lists my open tasks, calls and meetings, overdue first, a page at a time', async () => {
      const first = (await session.client.query(MY_TASKS, { first: 2 })).myTasks;
      expect(first.edges.map((edge: any) => edge.node.subject)).toEqual(['overdueCall', 'undatedTask']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = (await session.client.query(MY_TASKS, { first: 2, after: first.pageInfo.endCursor })).myTasks;
      expect(rest.edges.map((edge: any) => edge.node.subject)).toEqual(['futureTask']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      const reps = (await rep.client.query(MY_TASKS, {})).myTasks;
      expect(reps.edges.map((edge: any) => edge.node.subject)).toEqual(['repTask']);
    });

    it('shows activities on their deal, lead, organization and contact', async () => {
      const about = async (type: string, id: string) => {
        const data = await session.client.query(`query($id: ID!) { ${type}(id: $id) { activities { totalCount edges { node { id } } } } }`, { id });
        return data[type].activities.edges.map((edge: any) => edge.node.id).sort();
      };
      expect(await about('deal', records.dealId)).toEqual(ids('overdueCall', 'note'));
      expect(await about('lead', records.leadId)).toEqual(ids('futureTask'));
      expect(await about('organization', records.organizationId)).toEqual(ids('repEmail'));
      expect(await about('contact', records.contactId)).toEqual(ids('heldMeeting', 'note'));
      const byDueDesc = await session.client.query(
        `query($id: ID!) { deal(id: $id) { activities(orderBy: { field: DUE_AT, direction: DESC }) { edges { node { id } } } } }`,
        { id: records.dealId },
      );
      expect(byDueDesc.deal.activities.edges.map((edge: any) => edge.node.id)).toEqual([rows.note!.id, rows.overdueCall!.id]);
    });
  });

  it('loads linked records for a whole page in a fixed number of statements', async () => {
    const tenant = await server.signup('Loader Co');
    for (let i = 0; i < 3; i++) await createActivity(tenant.client, await createRecords(tenant.client));
    const query = `query($first: Int) { activities(first: $first) { edges { node { id owner { id } deal { id } contact { id } lead { id } organization { id } } } } }`;
    const statements = async (first: number) => {
      const before = server.app.database.queries.total;
      const data = await tenant.client.query(query, { first });
      for (const { node } of data.activities.edges) expect(node.deal && node.contact && node.lead && node.organization).toBeTruthy();
      return server.app.database.queries.total - before;
    };
    expect(await statements(3)).toBe(await statements(1));
  });

  it('lists the activities of a whole page of leads in a fixed number of statements, and pages on from there', async () => {
    const tenant = await server.signup('Timeline Co');
    const leadIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { createLead } = await tenant.client.query(`mutation($n: String!) { createLead(input: { firstName: $n, source: INBOUND }) { id } }`, { n: `Lead ${i}` });
      leadIds.push(createLead.id);
      for (let hours = 1; hours <= i + 1; hours++) {
        await createActivity(tenant.client, { subject: `L${i} h${hours}`, dueAt: inHours(hours), leadId: createLead.id });
      }
    }
    const query = `query($first: Int) { leads(first: $first, orderBy: { field: NAME, direction: ASC }) { edges { node {
      activities(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { subject } } } } } } }`;
    const statements = async (first: number) => {
      const before = server.app.database.queries.total;
      await tenant.client.query(query, { first });
      return server.app.database.queries.total - before;
    };
    expect(await statements(3)).toBe(await statements(1));

    const lists = (await tenant.client.query(query, { first: 3 })).leads.edges.map((edge: any) => edge.node.activities);
    expect(lists.map((list: any) => list.edges.map((edge: any) => edge.node.subject))).toEqual([['L0 h1'], ['L1 h1', 'L1 h2'], ['L2 h1', 'L2 h2']]);
    expect(lists.map((list: any) => list.totalCount)).toEqual([1, 2, 3]);
    expect(lists.map((list: any) => list.pageInfo.hasNextPage)).toEqual([false, false, true]);
    const next = await tenant.client.query(
      `query($id: ID!, $after: String) { lead(id: $id) { activities(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { subject } } } } }`,
      { id: leadIds[2], after: lists[2].pageInfo.endCursor },
    );
    expect(next.lead.activities.edges.map((edge: any) => edge.node.subject)).toEqual(['L2 h3']);
    expect(next.lead.activities.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('keeps pages stable when activities are inserted between fetches, forward and backward', async () => {
    const tenant = await server.signup('Paging Co');
    for (const hours of [1, 2, 3, 4, 5]) await createActivity(tenant.client, { subject: `h${hours}`, dueAt: inHours(hours) });
    const variables = { orderBy: { field: 'DUE_AT', direction: 'ASC' } };
    const subjects = (page: any) => page.edges.map((edge: any) => edge.node.subject);

    const first = (await tenant.client.query(LIST, { ...variables, first: 2 })).activities;
    expect(subjects(first)).toEqual(['h1', 'h2']);
    await createActivity(tenant.client, { subject: 'h0.5', dueAt: inHours(0.5) });
    await createActivity(tenant.client, { subject: 'h1.5', dueAt: inHours(1.5) });
    await createActivity(tenant.client, { subject: 'h9', dueAt: inHours(9) });
    const second = (await tenant.client.query(LIST, { ...variables, first: 2, after: first.pageInfo.endCursor })).activities;
    expect(subjects(second)).toEqual(['h3', 'h4']);
    const third = (await tenant.client.query(LIST, { ...variables, first: 2, after: second.pageInfo.endCursor })).activities;
    expect(subjects(third)).toEqual(['h5', 'h9']);
    expect(third.pageInfo.hasNextPage).toBe(false);

    const last = (await tenant.client.query(LIST, { ...variables, last: 2 })).activities;
    expect(subjects(last)).toEqual(['h5', 'h9']);
    await createActivity(tenant.client, { subject: 'h6', dueAt: inHours(6) });
    await createActivity(tenant.client, { subject: 'h2.5', dueAt: inHours(2.5) });
    const earlier = (await tenant.client.query(LIST, { ...variables, last: 3, before: last.pageInfo.startCursor })).activities;
    expect(subjects(earlier)).toEqual(['h2.5', 'h3', 'h4']);
    expect(earlier.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('a REP limited to their own records sees and edits only their own activities', async () => {
    const boss = await server.signup('Limited Co');
    const rep = await invite(boss, 'REP');
    const bossCall = await createActivity(boss.client, { subject: 'Boss call', type: 'TASK' });
    const repCall = await createActivity(rep.client, { subject: 'Rep call', type: 'TASK' });
    await boss.client.query(SETTINGS, { input: { repsSeeOwnRecordsOnly: true } });

    expect(await listIds(rep.client, {})).toEqual([repCall.id]);
    expect((await listIds(boss.client, {})).sort()).toEqual([bossCall.id, repCall.id].sort());
    expect(await getActivity(rep.client, bossCall.id)).toBeNull();
    for (const [query, input] of [
      [UPDATE, { id: bossCall.id, subject: 'Taken' }],
      [COMPLETE, { id: bossCall.id }],
      [DELETE, { id: bossCall.id }],
    ] as const) {
      expect((await rep.client.error(query, { input })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    const assign = await rep.client.error(CREATE, { input: { type: 'TASK', subject: 'For boss', ownerId: boss.userId } });
    expect(assign.extensions?.code).toBe('FORBIDDEN');
    const bossLead = await boss.client.query(`mutation { createLead(input: { firstName: "Hidden", source: OTHER }) { id } }`);
    const link = await rep.client.error(CREATE, { input: { type: 'CALL', subject: 'Peek', leadId: bossLead.createLead.id } });
    expect(link.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'leadId' });
    expect(await getActivity(boss.client, bossCall.id)).toMatchObject({ subject: 'Boss call', doneAt: null });
    expect(await listIds(boss.client, {})).toHaveLength(2);
  });
});
