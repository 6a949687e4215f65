import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_DEAL, startTestServer, type GraphqlClient, type TestServer } from '../../../test/harness';
import { Tenant } from '../../tenancy/tenant.entity';

const STATE = `{ notificationState { readUpTo unreadCount recentFrom } }`;
const MARK = `mutation($upTo: Int!) { markNotificationsRead(input: { upTo: $upTo }) { readUpTo unreadCount recentFrom } }`;
const NOTIFICATIONS = `query($after: Int!) { myNotifications(after: $after) { cursor events { sequence type payload } } }`;

describe('notification read state', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** An owner handing `count` deals to a rep: each one a DealAssigned notification for the rep. */
  async function handOver(count: number) {
    const owner = await server.signup();
    const rep = await server.invite(owner, 'REP');
    const colleague = await server.invite(owner, 'REP');
    for (let i = 1; i <= count; i++) {
      await owner.client.query(CREATE_DEAL, { t: `Deal ${i}`, o: rep.userId });
      await owner.client.query(CREATE_DEAL, { t: `Colleague's ${i}`, o: colleague.userId });
    }
    const sequences = async (client: GraphqlClient, after = 0) =>
      ((await client.query(NOTIFICATIONS, { after })).myNotifications.events as Array<{ sequence: number }>).map((e) => e.sequence);
    return { owner, rep, colleague, sequences };
  }

  it('marks notifications read up to a cursor, for that person only, and never moves back', async () => {
    const { rep, colleague, sequences } = await handOver(3);
    const mine = await sequences(rep.client);
    expect(mine).toHaveLength(3);
    expect((await rep.client.query(STATE)).notificationState).toEqual({ readUpTo: 0, unreadCount: 3, recentFrom: 0 });

    const marked = (await rep.client.query(MARK, { upTo: mine[1] })).markNotificationsRead;
    expect(marked).toEqual({ readUpTo: mine[1], unreadCount: 1, recentFrom: 0 });

    // An older cursor (another device behind this one) leaves it where it is.
    const back = (await rep.client.query(MARK, { upTo: mine[0] })).markNotificationsRead;
    expect(back).toMatchObject({ readUpTo: mine[1], unreadCount: 1 });
    expect((await rep.client.query(STATE)).notificationState.readUpTo).toBe(mine[1]);

    // The colleague's notifications are untouched.
    expect((await colleague.client.query(STATE)).notificationState).toEqual({ readUpTo: 0, unreadCount: 3, recentFrom: 0 });
    expect(await sequences(colleague.client)).toHaveLength(3);
  });

  it('refuses a cursor beyond the workspace\'s events, or a negative one', async () => {
    const { owner, rep } = await handOver(1);
    const { eventSequence } = await server.app.database.manager.findOneByOrFail(Tenant, { id: owner.tenantId });
    const beyond = await rep.client.error(MARK, { upTo: eventSequence + 1 });
    expect(beyond.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upTo' });
    const negative = await rep.client.error(MARK, { upTo: -1 });
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upTo' });
    // Up to the latest cursor is fine, even past the person's own last notification.
    expect((await rep.client.query(MARK, { upTo: eventSequence })).markNotificationsRead).toMatchObject({ readUpTo: eventSequence, unreadCount: 0 });
  });

  it('starts recent notifications 20 read ones before the unread', async () => {
    const { rep, sequences } = await handOver(23);
    const mine = await sequences(rep.client);
    await rep.client.query(MARK, { upTo: mine[21] });
    const state = (await rep.client.query(STATE)).notificationState;
    expect(state).toEqual({ readUpTo: mine[21], unreadCount: 1, recentFrom: mine[2]! - 1 });
    expect(await sequences(rep.client, state.recentFrom)).toEqual(mine.slice(2));
  });
});
