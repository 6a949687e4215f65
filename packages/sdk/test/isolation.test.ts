import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, type RunResult, type SandboxLimits } from '../dist/sandbox/index.js';
import type { Settings } from '../dist/index.js';
import { makeInput } from '../dist/testing.js';
import { accrueSource, bundleOf } from './helpers.js';

// Each worker loads a bundle once and starts every run from an image of its memory taken
// right after loading. These runs share one worker, so they prove that what a run leaves
// behind never reaches the next one, and that a run from the image behaves as a fresh load.
let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox({ workers: 1 });
});
afterAll(() => sandbox.close());

/** A deal.won input whose settings tell the test plugins what to do. */
function inputFor(settings: Settings) {
  return makeInput('deal.won', {}, settings);
}

/** A bundle whose hook answers with one accrue operation explaining `answer` (a JavaScript expression). */
function answering(topLevel: string, body: string): string {
  return `${topLevel}\n${bundleOf(`'deal.won': (input) => { ${body}; return [${accrueSource('String(answer)')}]; }`)}`;
}

async function answerOf(bundle: string, settings: Settings = {}, limits?: Partial<SandboxLimits>): Promise<string> {
  const result = await sandbox.run(bundle, 'deal.won', inputFor(settings), limits);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return (result.operations[0] as { explanation: string }).explanation;
}

// Counts its runs in top-level state, then does what the settings say: answer, throw, loop
// forever or allocate without end. A run that saw another's traces would count past 1.
const COUNTER = answering(
  'let runs = 0; globalThis.seen = [];',
  `runs += 1; globalThis.seen.push(input.settings.mode);
   if (input.settings.mode === 'throw') throw new Error('on purpose');
   if (input.settings.mode === 'loop') for (;;) {}
   if (input.settings.mode === 'bomb') { const all = []; for (;;) all.push(new Array(100000).fill(7)); }
   const answer = runs + ' ' + globalThis.seen.join(',')`,
);

describe('every run starts from the bundle as it was just loaded', () => {
  it('keeps nothing a run changed, whether it answered, threw, ran out of time or out of memory', async () => {
    expect(await answerOf(COUNTER, { mode: 'answer' })).toBe('1 answer');
    for (const mode of ['throw', 'loop', 'bomb'] as const) {
      const failed = await sandbox.run(COUNTER, 'deal.won', inputFor({ mode }));
      expect(failed.ok).toBe(false);
      expect(await answerOf(COUNTER, { mode: 'answer' })).toBe('1 answer');
    }
  });

  it('gives zeroed buffers made at load time to every run, however much memory the runs before dirtied', async () => {
    const reader = answering(
      'const big = new Uint8Array(300000); const small = new Uint8Array(1000);',
      'let answer = 0; for (const buffer of [big, small]) { for (const byte of buffer) answer += byte; buffer.fill(255); }',
    );
    const dirtier = answering('', "const junk = []; for (let i = 0; i < 200; i++) junk.push('x'.repeat(10000) + i); const answer = junk.length");
    for (let round = 0; round < 3; round++) {
      expect(await answerOf(reader)).toBe('0');
      expect(await answerOf(dirtier)).toBe('200');
    }
  });

  it('answers for each of more bundles than a worker keeps loaded, in turn', async () => {
    const bundles = Array.from({ length: 20 }, (_, index) => answering(`const mine = ${index};`, 'const answer = mine'));
    for (let round = 0; round < 2; round++) {
      for (const [index, bundle] of bundles.entries()) expect(await answerOf(bundle)).toBe(String(index));
    }
  });

  it("gives every run the logs its bundle's loading wrote, then its own", async () => {
    const chatty = answering("console.log('loaded');", "console.log('ran', input.deal.id); const answer = 'ok'");
    for (let round = 0; round < 2; round++) {
      expect(await sandbox.run(chatty, 'deal.won', inputFor({}))).toMatchObject({ ok: true, logs: 'loaded\nran deal-1' });
    }
  });

  it("charges every run for its bundle's loading, so the instruction budget gives the same outcome each time", async () => {
    // Loading and the hook spin as long as each other, so under some budgets either alone fits and both do not.
    const spinner = answering('function spin() { for (let i = 0; i < 2000000; i++); } spin();', "spin(); const answer = 'done'");
    const outcomes: string[] = [];
    for (let instructionChecks = 100; instructionChecks <= 1100; instructionChecks += 100) {
      const [first, second] = [await spinIn(spinner, instructionChecks), await spinIn(spinner, instructionChecks)];
      expect(second, `budget ${instructionChecks}`).toBe(first);
      outcomes.push(first);
    }
    expect(outcomes).toContain('done');
    expect(outcomes).toContain('out-of-time');
  });
});

async function spinIn(bundle: string, instructionChecks: number): Promise<string> {
  const result: RunResult = await sandbox.run(bundle, 'deal.won', inputFor({}), { instructionChecks });
  return result.ok ? 'done' : result.reason;
}
