import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createApp, type App } from '../src/app';
import { loadConfig, serverDatabase, type DatabaseConfig } from '../src/config';
import { newId } from '../src/common/ids';

/**
 * Starts a real server over HTTP on a free port with its own empty database, like Vendure's
 * e2e harness. SQLite by default; MariaDB/MySQL when TEST_MYSQL_URL is set (pnpm test:mysql),
 * each test file then getting a database of its own.
 */
export interface TestServer {
  app: App;
  url: string;
  /** Anonymous client. */
  client: GraphqlClient;
  /** Signs up a new tenant and returns a client logged in as its owner. */
  signup(company?: string): Promise<TenantSession>;
  /** Invites someone into `owner`'s tenant with `role`, accepts for them, and logs them in. */
  invite(owner: TenantSession, role: string): Promise<TeamMember>;
  close(): Promise<void>;
}

export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: GraphqlError[];
}

export interface TenantSession {
  client: GraphqlClient;
  token: string;
  refreshToken: string;
  userId: string;
  tenantId: string;
  email: string;
  password: string;
}

/** A Relay connection as tests read it. */
export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

export type PageVariables = { first?: number; after?: string | null; last?: number; before?: string | null; filter?: object; orderBy?: object };

/** Timestamps have millisecond resolution: tests that order by updatedAt leave a gap. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface TeamMember {
  client: GraphqlClient;
  userId: string;
  role: string;
}

export class GraphqlClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  as(token: string): GraphqlClient {
    return new GraphqlClient(this.url, token);
  }

  /** The raw response, errors included. */
  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** The data; throws with the errors if there were any. */
  async query<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The first error of a call expected to fail. */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<GraphqlError> {
    const result = await this.request(query, variables);
    const [error] = result.errors ?? [];
    if (!error) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return error;
  }
}

export const SIGNUP = /* GraphQL */ `
  mutation Signup($input: SignupInput!) {
    signup(input: $input) { accessToken refreshToken user { id email role } tenant { id slug baseCurrency } }
  }
`;

export const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`;
export const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken user { id role } } }`;

/** Operations the live-update tests share: the default pipeline, its board cursor, deals made and moved. */
export const PIPELINE = `{ pipelines { edges { node { id stages { id name } } } } }`;
export const BOARD = `query($p: ID!) { pipelineBoard(pipelineId: $p) { eventCursor } }`;
export const CREATE_DEAL = `mutation($t: String!, $o: ID) { createDeal(input: { title: $t, ownerId: $o }) { id version } }`;
export const MOVE_DEAL = `mutation($id: ID!, $v: Int!, $s: ID!) { moveDeal(input: { id: $id, version: $v, stageId: $s }) { id version } }`;

/**
 * For tests that count SQL statements: no outbox dispatcher and no plugin runner, so every
 * statement counted is the request's own (due-task notices are off in every test server already).
 */
export const NO_BACKGROUND_WORK: Record<string, string> = { OUTBOX_DISPATCH: 'off', PLUGIN_RUNNER: 'off' };

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const { database, drop } = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DEMO_DATA: 'off',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'warn',
    // Tests run the due-task job themselves (app.live.taskNotices.runNow()).
    TASK_NOTICE_INTERVAL_MS: '0',
    ...env,
  });
  const app = await createApp({ ...config, database });
  const url = await app.listen();
  const client = new GraphqlClient(url);
  let tenants = 0;
  return {
    app,
    url,
    client,
    async signup(company = `Company ${++tenants}`) {
      const email = `owner-${newId()}@example.com`;
      const password = 'correct horse battery';
      const data = await client.query<{ signup: any }>(SIGNUP, {
        input: { companyName: company, name: 'Olivia Owner', email, password },
      });
      const { accessToken, refreshToken, user, tenant } = data.signup;
      return { client: client.as(accessToken), token: accessToken, refreshToken, userId: user.id, tenantId: tenant.id, email, password };
    },
    async invite(owner, role) {
      const email = `${role.toLowerCase()}-${newId()}@example.com`;
      const invited = await owner.client.query(INVITE, { input: { email, role } });
      const token = new URL(invited.inviteUser.acceptUrl).searchParams.get('token');
      const accepted = await client.query(ACCEPT, { input: { token, name: `${role} Member`, password: 'member password 123' } });
      const { accessToken, user } = accepted.acceptInvite;
      return { client: client.as(accessToken), userId: user.id, role: user.role };
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}

/** An empty database of the kind under test (see startTestServer), and how to drop it. */
export async function createTestDatabase(): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  const server = process.env.TEST_MYSQL_URL;
  const name = `dealflow_test_${newId().replace(/-/g, '').slice(-16)}`;
  if (server) {
    const admin = await createConnection(server);
    await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    return {
      database: serverDatabase(`${server.replace(/\/$/, '')}/${name}`),
      async drop() {
        const connection = await createConnection(server);
        await connection.query(`DROP DATABASE IF EXISTS ${name}`);
        await connection.end();
      },
    };
  }
  const file = path.join(tmpdir(), `${name}.sqlite`);
  return {
    database: { type: 'sqlite', file },
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}
