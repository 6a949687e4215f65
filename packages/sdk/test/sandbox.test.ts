import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_LIMITS, resolveLimits, Sandbox, sha256, type RunResult } from '../dist/sandbox/index.js';
import { makeInput } from '../dist/testing.js';
import { accrueSource, bundleOf, dealWon, dealWonInput, FIXTURE_MANIFEST, WELL_BEHAVED } from './helpers.js';

// One worker, so that consecutive runs share a thread and its QuickJS module.
let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox({ workers: 1 });
});
afterAll(() => sandbox.close());

function run(bundle: string, input: unknown = dealWonInput, limits?: Parameters<Sandbox['run']>[3]): Promise<RunResult> {
  return sandbox.run(bundle, 'deal.won', input, limits);
}

async function failure(bundle: string, input?: unknown, limits?: Parameters<Sandbox['run']>[3]) {
  const result = await run(bundle, input, limits);
  if (result.ok) throw new Error(`expected a failure, got ${result.outputJson}`);
  return result;
}

async function explanation(body: string): Promise<string> {
  const result = await run(dealWon(`${body}; return [${accrueSource('String(answer)')}];`));
  if (!result.ok) throw new Error(result.message);
  return (result.operations[0] as { explanation: string }).explanation;
}

describe('a well-behaved plugin', () => {
  it('returns its operations, cleaned of unknown fields, with its logs and hashes', async () => {
    const result = await run(dealWon(`console.log('deal', input.deal.id, { n: 1 }); return [{ ...${accrueSource()}, note: 'dropped' }];`));
    expect(result).toMatchObject({
      ok: true,
      operations: [
        {
          op: 'accrue',
          payee: { partnerId: 'partner-1' },
          amountMinor: 10_000,
          currency: 'USD',
          basisMinor: 100_000,
          rateBasisPoints: 1000,
          reasonCode: 'base',
          explanation: 'Ten percent',
        },
      ],
      logs: 'deal deal-1 {"n":1}',
      inputHash: sha256(JSON.stringify(dealWonInput)),
    });
    if (!result.ok) return;
    expect(result.operations[0]).not.toHaveProperty('note');
    expect(JSON.parse(result.outputJson)[0].note).toBe('dropped');
    expect(result.outputHash).toBe(sha256(result.outputJson));
  });

  it('is deterministic: the same bundle, hook and input give the same hashes', async () => {
    const first = await run(WELL_BEHAVED);
    const second = await run(WELL_BEHAVED);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.outputHash).toBe(first.outputHash);
    expect(second.inputHash).toBe(first.inputHash);
    const other = await run(WELL_BEHAVED, makeInput('deal.won', { deal: { amountMinor: 5_000 } }));
    expect(other.inputHash).not.toBe(first.inputHash);
    expect(other.ok && other.outputHash).not.toBe(first.outputHash);
  });

  it('has the language a plugin needs: BigInt for exact money, Map, RegExp, toFixed', async () => {
    const answer = await explanation(
      "const answer = [String(10n ** 20n / 3n), new Map([['k', 2]]).get('k'), /a(b)/.exec('ab')[1], (1234.5).toFixed(2)].join()",
    );
    expect(answer).toBe('33333333333333333333,2,b,1234.50');
  });

  it('converts dates without a clock', async () => {
    expect(await explanation('const answer = new Date(input.event.occurredAt).getTime() + Date.UTC(2026, 0, 1)')).toBe(String(1768478400000 + 1767225600000));
  });
});

describe('what a plugin cannot reach', () => {
  it('sees no process, require, fetch, performance or timers', async () => {
    const answer = await explanation(
      'const answer = [typeof process, typeof require, typeof globalThis.fetch, typeof performance, typeof setTimeout].join()',
    );
    expect(answer).toBe('undefined,undefined,undefined,undefined,undefined');
  });

  it('cannot import modules, statically or dynamically', async () => {
    const dynamic = await run(dealWon("import('fs').then(() => console.log('fs loaded'), (error) => console.log('import failed:', error.message)); return [];"));
    expect(dynamic).toMatchObject({ ok: true, logs: "import failed: could not load module 'fs'" });
    const staticImport = await failure(`import fs from 'fs';\n${WELL_BEHAVED}`);
    expect(staticImport.reason).toBe('invalid-bundle');
    expect(staticImport.message).toMatch(/^The plugin bundle failed to load: SyntaxError/);
  });

  it.each([
    ['Date.now()', 'plugins have no clock: use input.event.occurredAt'],
    ['new Date()', 'plugins have no clock: use input.event.occurredAt'],
    ['Date()', 'plugins have no clock: use input.event.occurredAt'],
    ['new (new Date(0).constructor)()', 'plugins have no clock: use input.event.occurredAt'],
    ['Math.random()', 'plugins have no randomness'],
  ])('%s throws a readable error', async (expression, message) => {
    const result = await failure(dealWon(`${expression}; return [];`));
    expect(result.reason).toBe('threw');
    expect(result.message).toContain(`The plugin threw: Error: ${message}`);
  });

  it('cannot leave prototype tampering behind for the next run', async () => {
    const tamper = dealWon("Array.prototype.map = () => 'tampered'; Object.prototype.x = 1; JSON.parse = () => ({}); return [];");
    expect(await run(tamper)).toMatchObject({ ok: true });
    expect(await explanation("const answer = [1, 2].map((n) => n * 2) + ' ' + ({}).x + ' ' + JSON.parse('3')")).toBe('2,4 undefined 3');
  });
});

describe('contained failures', () => {
  it('reports a throw with its message', async () => {
    const result = await failure(dealWon("throw new TypeError('x is undefined');"));
    expect(result).toMatchObject({ reason: 'threw', message: 'The plugin threw: TypeError: x is undefined' });
  });

  it('reports a thrown non-error value', async () => {
    expect(await failure(dealWon("throw 'nope';"))).toMatchObject({ reason: 'threw', message: 'The plugin threw: "nope"' });
  });

  it('refuses a hook the plugin does not handle', async () => {
    const result = await sandbox.run(WELL_BEHAVED, 'invoice.paid', makeInput('invoice.paid'));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-output' });
    expect(!result.ok && result.message).toBe('The plugin does not handle the hook "invoice.paid" (it handles: deal.won)');
  });

  it.each([
    ["return { op: 'accrue' };", "The plugin's output is invalid: the output must be an array of operations, got an object"],
    ['return undefined;', 'The hook returned undefined, not an array of operations'],
    ['return Promise.resolve([]);', 'The hook returned a Promise: hooks must return their operations synchronously'],
    ['return [10n];', "The plugin's output cannot be turned into JSON"],
    [
      `return [${accrueSource()}, ${accrueSource()}, { ...${accrueSource()}, amountMinor: 12.5 }];`,
      "The plugin's output is invalid: operation 2: amountMinor must be a whole number of minor units, got 12.5",
    ],
  ])('refuses invalid output: %s', async (body, message) => {
    const result = await failure(dealWon(body));
    expect(result.reason).toBe('invalid-output');
    expect(result.message).toContain(message);
  });

  it('refuses a bundle that defines no plugin', async () => {
    const result = await failure('var somethingElse = 1;');
    expect(result).toMatchObject({ reason: 'invalid-bundle' });
    expect(result.message).toMatch(/^The bundle defines no plugin/);
  });

  it('stops a deep recursion as a stack overflow', async () => {
    const result = await failure(dealWon('function down(n) { return down(n + 1) + 1; } return down(0);'));
    expect(result).toMatchObject({ reason: 'stack-overflow', message: expect.stringContaining('call stack (limit 256 kB)') });
    expect(await run(WELL_BEHAVED)).toMatchObject({ ok: true });
  });

  it.each([
    ['a huge explanation', `return [${accrueSource("'x'.repeat(100000)")}];`],
    ['many operations', `return Array.from({ length: 100 }, () => (${accrueSource("'y'.repeat(400)")}));`],
  ])('refuses an output over 20 kB: %s', async (_case, body) => {
    const result = await failure(dealWon(body));
    expect(result).toMatchObject({ reason: 'output-too-large', message: expect.stringContaining('over the limit of 20 kB') });
  });

  it('refuses more than 100 operations', async () => {
    const result = await failure(dealWon(`return Array.from({ length: 101 }, () => (${accrueSource("'z'")}));`), dealWonInput);
    expect(result.message).toContain('the output has 101 operations; at most 100 are allowed');
  });

  it('cuts logs at 1 kB and still succeeds', async () => {
    const result = await run(dealWon("for (let i = 0; i < 200; i++) console.log('line ' + i + ' ' + 'é'.repeat(20)); return [];"));
    expect(result.ok).toBe(true);
    expect(Buffer.byteLength(result.logs)).toBeLessThanOrEqual(PLATFORM_LIMITS.logBytes);
    expect(Buffer.byteLength(result.logs)).toBeGreaterThan(PLATFORM_LIMITS.logBytes - 4);
    expect(result.logs.startsWith(`line 0 ${'é'.repeat(20)}\nline 1 `)).toBe(true);
    expect(result.logs).not.toContain('\uFFFD');
  });

  it('refuses an input over 128 kB without running the plugin', async () => {
    const input = makeInput('deal.won', { deal: { title: 'x'.repeat(130 * 1024) } });
    const result = await failure(dealWon("console.log('ran'); throw new Error('must not run');"), input);
    expect(result).toMatchObject({ reason: 'input-too-large', logs: '', inputHash: sha256(JSON.stringify(input)) });
    expect(result.message).toMatch(/^The input is [\d,]+ bytes, over the limit of 128 kB$/);
  });
});

describe('limits', () => {
  const busyLoop = dealWon('let sum = 0; for (let i = 0; i < 300000; i++) sum += i; return [];');

  it('applies tighter limits for one run', async () => {
    expect(await run(busyLoop)).toMatchObject({ ok: true });
    const result = await failure(busyLoop, dealWonInput, { instructionChecks: 5 });
    expect(result).toMatchObject({ reason: 'out-of-time', message: 'The plugin ran past its instruction budget (about 50,000 instructions)' });
  });

  it("applies the manifest's tighter memory limit", async () => {
    const hungry = dealWon('const objects = []; for (let i = 0; i < 100000; i++) objects.push({ i }); return [];', {
      ...FIXTURE_MANIFEST,
      limits: { memoryBytes: 1024 * 1024 },
    });
    expect(await run(hungry)).toMatchObject({ ok: true });
    const manifest = await sandbox.inspect(hungry);
    expect(manifest.limits).toEqual({ memoryBytes: 1024 * 1024 });
    const result = await failure(hungry, dealWonInput, manifest.limits);
    expect(result).toMatchObject({ reason: 'out-of-memory', message: 'The plugin ran out of memory (limit 1 MB)' });
  });

  it('never loosens the platform limits', () => {
    expect(resolveLimits({ wallClockMs: 60_000, logBytes: 100 })).toEqual({ ...PLATFORM_LIMITS, logBytes: 100 });
    expect(() => resolveLimits({ wallClockMs: -1 })).toThrow('limits.wallClockMs must be a whole number from 1 to 1,000, got -1');
    expect(() => resolveLimits({ memoryBytes: 1024 })).toThrow('limits.memoryBytes must be a whole number from 1 MB to 10 MB, got 1024');
  });
});

describe('bundles', () => {
  it('runs any hook the bundle defines', async () => {
    const bundle = bundleOf(`'invoice.paid': (input) => [{ op: 'reward', recipient: { contactId: 'c-1' }, type: 'gift', value: 1,
      item: 'mug', reasonCode: 'first-invoice', explanation: 'Invoice ' + input.event.payload.invoice.number }]`);
    const result = await sandbox.run(bundle, 'invoice.paid', makeInput('invoice.paid'));
    expect(result).toMatchObject({ ok: true, operations: [{ op: 'reward', type: 'gift', explanation: 'Invoice 1' }] });
  });
});
