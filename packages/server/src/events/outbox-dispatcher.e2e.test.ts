import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../common/log';
import { startTestServer, type TestServer } from '../../test/harness';
import { OutboxDispatcher, type OutboxConsumer } from './outbox-dispatcher';
import { OutboxEvent } from './outbox-event.entity';

const quiet = createLogger('test', 'silent');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The dispatcher against the real database, with the app's own dispatcher off so only the
 * dispatchers made here move events.
 */
describe('outbox dispatcher', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ OUTBOX_DISPATCH: 'off' });
  });
  afterAll(() => server.close());

  const pending = () => server.app.database.manager.count(OutboxEvent, { where: { dispatchedAt: IsNull() } });

  async function recordEvents(count: number): Promise<string> {
    const owner = await server.signup();
    for (let i = 0; i < count; i++) await owner.client.query(`mutation($t: String!) { createDeal(input: { title: $t }) { id } }`, { t: `Deal ${i}` });
    return owner.tenantId;
  }

  /** A consumer that notes what it got and takes its time, holding its batch's locks. */
  function recorder(name: string, seen: Map<string, string[]>, holdMs: number): OutboxConsumer {
    return {
      name,
      async deliver(events) {
        for (const event of events) seen.set(event.id, [...(seen.get(event.id) ?? []), name]);
        await sleep(holdMs);
      },
    };
  }

  async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await sleep(20);
    }
  }

  it('has two dispatchers running at once deliver every event exactly once, each taking batches the other did not', async () => {
    await recordEvents(40);
    const seen = new Map<string, string[]>();
    const options = { batchSize: 4, pollMs: 50 };
    const first = new OutboxDispatcher(server.app.database, [recorder('first', seen, 25)], quiet, options);
    const second = new OutboxDispatcher(server.app.database, [recorder('second', seen, 25)], quiet, options);
    first.start();
    second.start();
    await until(async () => (await pending()) === 0);
    await Promise.all([first.stop(), second.stop()]);
    const deliveries = [...seen.values()];
    expect(deliveries).toHaveLength(40);
    expect(deliveries.filter((by) => by.length !== 1)).toEqual([]);
    if (!server.app.database.isSqlite) {
      // SKIP LOCKED: while one holds a batch, the other claims the next instead of waiting.
      const shares = new Set(deliveries.map(([by]) => by));
      expect(shares).toEqual(new Set(['first', 'second']));
    }
  });

  it('delivers in each tenant\'s cursor order', async () => {
    const tenantId = await recordEvents(12);
    const order: number[] = [];
    const dispatcher = new OutboxDispatcher(server.app.database, [{
      name: 'order',
      deliver: async (events) => {
        order.push(...events.filter((event) => event.tenantId === tenantId).map((event) => event.sequence));
      },
    }], quiet, { batchSize: 5, pollMs: 50 });
    dispatcher.start();
    await until(async () => (await pending()) === 0);
    await dispatcher.stop();
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).toHaveLength(12);
  });

  it('leaves events undispatched when a consumer fails, and delivers them on a later pass', async () => {
    await recordEvents(3);
    let attempts = 0;
    const delivered: string[] = [];
    const dispatcher = new OutboxDispatcher(server.app.database, [{
      name: 'flaky',
      deliver: async (events) => {
        attempts++;
        if (attempts === 1) throw new Error('consumer down');
        delivered.push(...events.map((event) => event.id));
      },
    }], quiet, { batchSize: 100, pollMs: 30 });
    dispatcher.start();
    await until(async () => (await pending()) === 0);
    await dispatcher.stop();
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(new Set(delivered).size).toBe(3);
  });

  it('is woken by a commit that recorded events instead of waiting for its next poll', async () => {
    const delivered: number[] = [];
    const dispatcher = new OutboxDispatcher(server.app.database, [{ name: 'wake', deliver: async (events) => { delivered.push(events.length); } }], quiet, {
      batchSize: 100,
      pollMs: 60_000,
    });
    dispatcher.start();
    await until(async () => (await pending()) === 0);
    const before = delivered.length;
    await recordEvents(1);
    await until(async () => delivered.length > before, 5_000);
    await dispatcher.stop();
  });
});
