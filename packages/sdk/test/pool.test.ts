import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../dist/sandbox/pool.js';

const FRAGILE = new URL('./fixtures/workers/fragile-worker.mjs', import.meta.url);
const BROKEN = new URL('./fixtures/workers/broken-worker.mjs', import.meta.url);

// The pool passes jobs through unread; the stand-in workers understand { echo }, { exit } and { hang }.
const job = (fields: object) => fields as never;

describe('WorkerPool', () => {
  it('reports a worker that dies as crashed, replaces it, and answers jobs in order', async () => {
    const pool = new WorkerPool(1, FRAGILE);
    try {
      const crashed = pool.submit(job({ exit: 3 }), 5_000);
      const queued = [1, 2, 3].map((echo) => pool.submit(job({ echo }), 5_000));
      expect(await crashed).toMatchObject({ kind: 'crashed', message: 'the sandbox worker exited with code 3' });
      expect(await Promise.all(queued)).toEqual([1, 2, 3].map((echo) => ({ kind: 'done', outcome: { echo } })));
    } finally {
      await pool.close();
    }
  });

  it('kills a worker still busy at the hard deadline and replaces it', async () => {
    const pool = new WorkerPool(1, FRAGILE);
    try {
      const killed = await pool.submit(job({ hang: true }), 50);
      expect(killed).toMatchObject({ kind: 'killed' });
      expect(killed.kind === 'killed' && killed.elapsedMs).toBeGreaterThanOrEqual(45);
      expect(await pool.submit(job({ echo: 'after' }), 5_000)).toEqual({ kind: 'done', outcome: { echo: 'after' } });
    } finally {
      await pool.close();
    }
  });

  it('fails the waiting jobs when workers cannot start, and tries again on the next job', async () => {
    const pool = new WorkerPool(2, BROKEN);
    try {
      const settled = await Promise.all([pool.submit(job({ echo: 1 }), 5_000), pool.submit(job({ echo: 2 }), 5_000)]);
      for (const result of settled) expect(result).toMatchObject({ kind: 'crashed', message: 'cannot load QuickJS' });
      expect(await pool.submit(job({ echo: 3 }), 5_000)).toMatchObject({ kind: 'crashed' });
    } finally {
      await pool.close();
    }
  });
});
