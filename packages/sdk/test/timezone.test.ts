import { afterAll, beforeAll, expect, it } from 'vitest';
import { Sandbox } from '../dist/sandbox/index.js';
import { accrueSource, dealWon, dealWonInput } from './helpers.js';

// A server far from UTC: in January, Auckland is UTC+13, so local time is already tomorrow.
// Each test file has its own process, so this reaches only this file's sandbox workers.
process.env.TZ = 'Pacific/Auckland';

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox({ workers: 1 });
});
afterAll(() => sandbox.close());

it("gives plugins UTC as local time, whatever the server's time zone", async () => {
  expect(new Date('2026-01-15T12:00:00.000Z').getHours()).toBe(1);
  const local = "[d.getHours(), d.getDate(), d.getTimezoneOffset(), new Date(2026, 0, 1).toISOString()].join(' ')";
  const result = await sandbox.run(dealWon(`const d = new Date(input.event.occurredAt); return [${accrueSource(local)}];`), 'deal.won', dealWonInput);
  expect(result).toMatchObject({ ok: true, operations: [{ explanation: '12 15 0 2026-01-01T00:00:00.000Z' }] });
});
