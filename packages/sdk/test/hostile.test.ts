import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RunResult } from '../dist/sandbox/index.js';
import { dealWon, dealWonInput, WELL_BEHAVED } from './helpers.js';

// Wall-clock limit 1,000 ms plus the hard kill's grace: what "contained" means here.
const CONTAINED_MS = 2_000;

const ENDLESS_LOOP = dealWon('for (;;) {}');
const MEMORY_BOMB = dealWon('const a = []; for (;;) a.push(new Array(100000).fill(7));');
// Long native calls: QuickJS's interrupt handler is not called inside them, so only the
// parent's hard kill stops these.
const NATIVE_JSON_LOOP = dealWon(`console.log('started');
  const big = { rows: Array.from({ length: 20000 }, (_, i) => ({ i, name: 'row ' + i })) };
  for (;;) JSON.stringify(big);`);
const NATIVE_STRING_LOOP = dealWon("for (;;) 'x'.repeat(1e6);");

// One worker, so that the run after a hostile one lands on the same (or the respawned) thread.
let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox({ workers: 1 });
});
afterAll(() => sandbox.close());

async function timed(bundle: string): Promise<RunResult & { wallMs: number }> {
  const startedAt = performance.now();
  const result = await sandbox.run(bundle, 'deal.won', dealWonInput);
  return { ...result, wallMs: performance.now() - startedAt };
}

async function expectNextRunSucceeds(): Promise<void> {
  expect(await sandbox.run(WELL_BEHAVED, 'deal.won', dealWonInput)).toMatchObject({ ok: true });
}

describe('hostile plugins are contained', () => {
  it('stops an endless loop at its instruction budget', async () => {
    const result = await timed(ENDLESS_LOOP);
    expect(result).toMatchObject({
      ok: false,
      reason: 'out-of-time',
      message: 'The plugin ran past its instruction budget (about 11,000,000 instructions)',
    });
    expect(result.wallMs).toBeLessThan(CONTAINED_MS);
    await expectNextRunSucceeds();
  });

  it('stops an endless loop at its wall-clock limit when that is the tighter one', async () => {
    const result = await sandbox.run(ENDLESS_LOOP, 'deal.won', dealWonInput, { wallClockMs: 5 });
    expect(result).toMatchObject({ ok: false, reason: 'out-of-time', message: 'The plugin ran past its time limit (5 ms)' });
  });

  it('stops a memory bomb', async () => {
    const result = await timed(MEMORY_BOMB);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^out-of-(memory|time)$/);
    expect(result.wallMs).toBeLessThan(CONTAINED_MS);
    await expectNextRunSucceeds();
  });

  it('holds bulk allocations, which QuickJS does not count by size in this build, to the memory ceiling', async () => {
    // 40 arrays of 100,000 numbers: over 30 MB in all, a few hundred allocations.
    const result = await timed(dealWon('const arrays = []; for (let i = 0; i < 40; i++) arrays.push(new Array(100000).fill(i)); return [];'));
    expect(result).toMatchObject({ ok: false, reason: 'out-of-memory', message: 'The plugin ran out of memory (limit 10 MB)' });
    await expectNextRunSucceeds();
  });

  it.each([
    ['JSON.stringify of a big object', NATIVE_JSON_LOOP],
    ["'x'.repeat(1e6)", NATIVE_STRING_LOOP],
  ])('terminates the worker of a native-heavy loop (%s) and keeps working', async (_case, bundle) => {
    const result = await timed(bundle);
    expect(result).toMatchObject({ ok: false, reason: 'out-of-time', message: 'The plugin ran past its time limit (1,000 ms)' });
    // The worker was terminated, so what it had logged is gone with it.
    expect(result.logs).toBe('');
    expect(result.wallMs).toBeLessThan(CONTAINED_MS);
    await expectNextRunSucceeds();
  });

  it('keeps serving other runs while a worker is being killed', async () => {
    const pair = new Sandbox({ workers: 2 });
    try {
      const hostile = pair.run(NATIVE_STRING_LOOP, 'deal.won', dealWonInput);
      const normal = await Promise.all(Array.from({ length: 20 }, () => pair.run(WELL_BEHAVED, 'deal.won', dealWonInput)));
      expect(normal.every((result) => result.ok)).toBe(true);
      expect(await hostile).toMatchObject({ ok: false, reason: 'out-of-time' });
      expect(await pair.run(WELL_BEHAVED, 'deal.won', dealWonInput)).toMatchObject({ ok: true });
    } finally {
      await pair.close();
    }
  });
});

describe('closing', () => {
  it('rejects the runs still waiting, and any later one', async () => {
    const closing = new Sandbox({ workers: 1 });
    const running = expect(closing.run(ENDLESS_LOOP, 'deal.won', dealWonInput)).rejects.toThrow('The sandbox was closed');
    const waiting = expect(closing.run(WELL_BEHAVED, 'deal.won', dealWonInput)).rejects.toThrow('The sandbox was closed');
    await closing.close();
    await Promise.all([running, waiting]);
    await expect(closing.run(WELL_BEHAVED, 'deal.won', dealWonInput)).rejects.toThrow('The sandbox is closed');
  });
});
