import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } tenant { slug } } }`;
const REFRESH = `mutation($input: RefreshInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const LOGOUT = `mutation($input: RefreshInput!) { logout(input: $input) }`;
const ME = `{ me { id email role name } tenant { name slug baseCurrency } }`;
const PIPELINES = `{ pipelines { edges { node { name isDefault stages { name probability kind position } } } } }`;

describe('signup, login and sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(() => server.close());

  it('signup creates the tenant, its owner and the default pipeline with the seven stages plus won/lost', async () => {
    const owner = await server.signup('Acme Sales');
    const me = await owner.client.query(ME);
    expect(me.me).toMatchObject({ role: 'OWNER', email: owner.email, name: 'Olivia Owner' });
    expect(me.tenant).toMatchObject({ name: 'Acme Sales', slug: 'acme-sales', baseCurrency: 'USD' });
    const { pipelines } = await owner.client.query(PIPELINES);
    expect(pipelines.edges).toHaveLength(1);
    const pipeline = pipelines.edges[0].node;
    expect(pipeline.isDefault).toBe(true);
    expect(pipeline.stages.map((s: any) => [s.name, s.probability, s.kind])).toEqual([
      ['Prospecting', 10, 'OPEN'],
      ['Preparation', 20, 'OPEN'],
      ['Approach', 30, 'OPEN'],
      ['Presentation', 50, 'OPEN'],
      ['Objection handling', 60, 'OPEN'],
      ['Closing', 80, 'OPEN'],
      ['Follow-up', 90, 'OPEN'],
      ['Won', 100, 'WON'],
      ['Lost', 0, 'LOST'],
    ]);
  });

  it('a second company with the same name gets its own slug', async () => {
    await server.signup('Twin Co');
    const second = await server.signup('Twin Co');
    expect((await second.client.query(ME)).tenant.slug).toBe('twin-co-2');
  });

  it('rejects a weak password and a bad email, naming the field', async () => {
    const weak = await server.client.error(`mutation { signup(input: { companyName: "X", name: "Y", email: "y@example.com", password: "short" }) { accessToken } }`);
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(weak.message).toContain('at least 10 characters');
    const email = await server.client.error(`mutation { signup(input: { companyName: "X", name: "Y", email: "not-an-email", password: "long enough password" }) { accessToken } }`);
    expect(email.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('logs in with email and password, case-insensitively on the email', async () => {
    const owner = await server.signup('Login Co');
    const data = await server.client.query(LOGIN, { input: { email: owner.email.toUpperCase(), password: owner.password } });
    expect(data.login.user.id).toBe(owner.userId);
    const me = await server.client.as(data.login.accessToken).query(ME);
    expect(me.me.id).toBe(owner.userId);
  });

  it('says the same thing for a wrong password and an unknown email', async () => {
    const owner = await server.signup('Secret Co');
    const wrong = await server.client.error(LOGIN, { input: { email: owner.email, password: 'wrong password!' } });
    const unknown = await server.client.error(LOGIN, { input: { email: 'nobody@example.com', password: 'wrong password!' } });
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown).toEqual({ ...wrong, path: unknown.path });
  });

  it('locks an email after repeated failures, even for the right password', async () => {
    const owner = await server.signup('Throttle Co');
    for (let attempt = 0; attempt < 3; attempt++) {
      const error = await server.client.error(LOGIN, { input: { email: owner.email, password: 'guess number x' } });
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await server.client.error(LOGIN, { input: { email: owner.email, password: owner.password } });
    expect(locked.extensions?.code).toBe('RATE_LIMITED');
    expect(locked.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('rotates refresh tokens and revokes the family when an old one is replayed', async () => {
    const owner = await server.signup('Refresh Co');
    const first = await server.client.query(REFRESH, { input: { refreshToken: owner.refreshToken } });
    const second = await server.client.query(REFRESH, { input: { refreshToken: first.refreshSession.refreshToken } });
    expect(second.refreshSession.accessToken).toBeTruthy();
    const replay = await server.client.error(REFRESH, { input: { refreshToken: owner.refreshToken } });
    expect(replay.extensions?.code).toBe('UNAUTHENTICATED');
    // The replay ended the whole session, including the newest token.
    const after = await server.client.error(REFRESH, { input: { refreshToken: second.refreshSession.refreshToken } });
    expect(after.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session', async () => {
    const owner = await server.signup('Logout Co');
    expect((await server.client.query(LOGOUT, { input: { refreshToken: owner.refreshToken } })).logout).toBe(true);
    const error = await server.client.error(REFRESH, { input: { refreshToken: owner.refreshToken } });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses anonymous and forged tokens', async () => {
    expect((await server.client.error(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await server.client.as('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad').error(ME);
    expect(forged.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('invites and roles', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invite { id email role jobTitle } } }`;
  const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken user { id role jobTitle } } }`;
  const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role active } }`;

  async function invite(owner: Awaited<ReturnType<TestServer['signup']>>, email: string, role: string) {
    const data = await owner.client.query(INVITE, { input: { email, role, jobTitle: 'ACCOUNT_EXECUTIVE' } });
    const token = new URL(data.inviteUser.acceptUrl).searchParams.get('token')!;
    const accepted = await server.client.query(ACCEPT, { input: { token, name: 'Rita Rep', password: 'rep password 123' } });
    return { token, accessToken: accepted.acceptInvite.accessToken as string, userId: accepted.acceptInvite.user.id as string, accepted };
  }

  it('an invited user joins with the role and job title, once', async () => {
    const owner = await server.signup();
    const rep = await invite(owner, 'rita@example.com', 'REP');
    expect(rep.accepted.acceptInvite.user).toMatchObject({ role: 'REP', jobTitle: 'ACCOUNT_EXECUTIVE' });
    const again = await server.client.error(ACCEPT, { input: { token: rep.token, name: 'X', password: 'another password' } });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const users = await owner.client.query(`{ users { totalCount edges { node { email role } } } }`);
    expect(users.users.totalCount).toBe(2);
  });

  it('a REP cannot invite, change roles or edit pipelines', async () => {
    const owner = await server.signup();
    const rep = await invite(owner, 'rep2@example.com', 'REP');
    const repClient = server.client.as(rep.accessToken);
    expect((await repClient.error(INVITE, { input: { email: 'x@example.com', role: 'REP' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await repClient.error(UPDATE_USER, { input: { id: rep.userId, role: 'ADMIN' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await repClient.error(`mutation { createPipeline(input: { name: "Mine" }) { id } }`)).extensions?.code).toBe('FORBIDDEN');
  });

  it('the last owner cannot be demoted, and a deactivated user is locked out at once', async () => {
    const owner = await server.signup();
    const demote = await owner.client.error(UPDATE_USER, { input: { id: owner.userId, role: 'ADMIN' } });
    expect(demote.extensions?.code).toBe('CONFLICT');
    const rep = await invite(owner, 'leaver@example.com', 'REP');
    await owner.client.query(UPDATE_USER, { input: { id: rep.userId, active: false } });
    expect((await server.client.as(rep.accessToken).error(ME)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
