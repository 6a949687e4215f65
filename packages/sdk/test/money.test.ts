import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePlugin } from '../dist/bundle.js';
import * as money from '../dist/index.js';
import { applyRate, formatAmount, formatMoney, formatRate, minorUnitDigits, mulDivHalfUp } from '../dist/index.js';
import { Sandbox } from '../dist/sandbox/index.js';
import { makeInput } from '../dist/testing.js';

const MAX = Number.MAX_SAFE_INTEGER; // 9,007,199,254,740,991 = 2^53 − 1

describe('mulDivHalfUp', () => {
  it('rounds half up: .5 goes up, below .5 goes down', () => {
    expect(mulDivHalfUp(12345, 1000, 10000)).toBe(1235); // 1234.5 → 1235
    expect(mulDivHalfUp(12344, 1000, 10000)).toBe(1234); // 1234.4 → 1234
    expect(mulDivHalfUp(1, 1, 2)).toBe(1); // 0.5 → 1
    expect(mulDivHalfUp(1, 1, 3)).toBe(0); // 0.333… → 0
    expect(mulDivHalfUp(2, 1, 3)).toBe(1); // 0.666… → 1
    expect(mulDivHalfUp(600, 250, 1000)).toBe(150); // exact
    expect(mulDivHalfUp(0, 1234, 7)).toBe(0);
  });

  it('rounds a negative result half away from zero: the negation of the positive one', () => {
    expect(mulDivHalfUp(-12345, 1000, 10000)).toBe(-1235); // −1234.5 → −1235
    expect(mulDivHalfUp(-12344, 1000, 10000)).toBe(-1234); // −1234.4 → −1234
    expect(mulDivHalfUp(-1, 1, 2)).toBe(-1); // −0.5 → −1
    expect(mulDivHalfUp(1, -1, 2)).toBe(-1); // the sign may come from any argument
    expect(mulDivHalfUp(1, 1, -2)).toBe(-1);
    expect(mulDivHalfUp(-1, -1, 2)).toBe(1); // two negatives make a positive
    expect(mulDivHalfUp(-2, 1, 3)).toBe(-1); // −0.666… → −1
    expect(mulDivHalfUp(-1, 1, 3)).toBe(0); // −0.333… → 0, not −0
    expect(Object.is(mulDivHalfUp(-1, 1, 3), 0)).toBe(true);
  });

  it('is exact when the product passes 2^53', () => {
    // 9,007,199,254,740,991 × 9,999 / 10,000 = 9,007,199,254,740,991 − 900,719,925,474.0991
    // = 9,006,298,534,815,516.9009 → …517 (floats give …516).
    expect(mulDivHalfUp(MAX, 9999, 10000)).toBe(9_006_298_534_815_517);
    // × 5,000 / 10,000 = 4,503,599,627,370,495.5 → …496 (floats give …495).
    expect(mulDivHalfUp(MAX, 5000, 10000)).toBe(4_503_599_627_370_496);
    expect(mulDivHalfUp(-MAX, 5000, 10000)).toBe(-4_503_599_627_370_496);
    // (2^53 − 1)² / (2^53 − 1): a 106-bit product, the value back exactly.
    expect(mulDivHalfUp(MAX, MAX, MAX)).toBe(MAX);
    expect(mulDivHalfUp(MAX, 10000, 10000)).toBe(MAX); // floats give MAX − 1
  });

  it('throws a RangeError for a result beyond 2^53 − 1 rather than round it', () => {
    // MAX × MAX / (MAX − 1) = MAX + 1.000…: 9,007,199,254,740,992 is not a safe integer.
    expect(() => mulDivHalfUp(MAX, MAX, MAX - 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(MAX, MAX, MAX - 1)).toThrow('mulDivHalfUp: the result 9007199254740992 is beyond ±(2^53 − 1)');
    expect(() => mulDivHalfUp(-MAX, 2, 1)).toThrow(RangeError);
  });

  it('throws a RangeError for an argument that is not a safe integer, or a zero denominator', () => {
    expect(() => mulDivHalfUp(1.5, 1, 1)).toThrow('mulDivHalfUp: value must be a safe integer (a whole number within ±(2^53 − 1)), got 1.5');
    expect(() => mulDivHalfUp(1, Number.NaN, 1)).toThrow('numerator must be a safe integer');
    expect(() => mulDivHalfUp(1, 1, MAX + 1)).toThrow('denominator must be a safe integer');
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(new RangeError('mulDivHalfUp: the denominator must not be 0'));
  });
});

describe('applyRate', () => {
  it('takes a rate in basis points of an amount, rounded half up to a minor unit', () => {
    expect(applyRate(12345, 1000)).toBe(1235); // 10 % of 123.45 = 12.345 → 12.35
    expect(applyRate(845000, 1250)).toBe(105625); // 12.5 % of 8,450.00 = 1,056.25
    expect(applyRate(100000, 2000)).toBe(20000); // 20 % of 1,000.00 = 200.00
    expect(applyRate(3, 5000)).toBe(2); // 50 % of 0.03 = 0.015 → 0.02
    expect(applyRate(1, 4999)).toBe(0); // 0.4999 of a cent → 0
    expect(applyRate(12345, 0)).toBe(0);
    expect(applyRate(12345, 10000)).toBe(12345); // 100 %
    expect(applyRate(150000, 1500)).toBe(22500); // 15 % of 150,000 JPY: whole yen
    expect(applyRate(1234567, 333)).toBe(41111); // 3.33 % of 1,234.567 KWD = 41.1110811 → 41.111
  });

  it('rounds a negative amount or rate half away from zero', () => {
    expect(applyRate(-12345, 1000)).toBe(-1235); // −12.345 → −12.35
    expect(applyRate(12345, -1000)).toBe(-1235);
    expect(applyRate(-3, 5000)).toBe(-2); // −0.015 → −0.02
    expect(applyRate(-12344, 1000)).toBe(-1234); // −12.344 → −12.34
  });

  it('is exact for amounts near 2^53', () => {
    expect(applyRate(MAX, 9999)).toBe(9_006_298_534_815_517); // see mulDivHalfUp
    expect(applyRate(MAX, 1)).toBe(900_719_925_474); // 900,719,925,474.0991 → …474
    expect(applyRate(-MAX, 5000)).toBe(-4_503_599_627_370_496);
  });

  it('throws a RangeError naming itself for arguments that are not safe integers', () => {
    expect(() => applyRate(100.5, 1000)).toThrow('applyRate: amountMinor must be a safe integer');
    expect(() => applyRate(100, 12.5)).toThrow('applyRate: rateBasisPoints must be a safe integer');
    expect(() => applyRate(MAX, 20000)).toThrow(RangeError); // 200 % of 2^53 − 1 does not fit
  });
});

describe('minorUnitDigits', () => {
  it('knows the currencies without 2 decimals', () => {
    expect(['USD', 'EUR', 'GBP', 'CHF'].map(minorUnitDigits)).toEqual([2, 2, 2, 2]);
    expect(['JPY', 'KRW', 'VND', 'IDR'].map(minorUnitDigits)).toEqual([0, 0, 0, 0]);
    expect(['KWD', 'BHD', 'JOD', 'OMR', 'TND', 'LYD'].map(minorUnitDigits)).toEqual([3, 3, 3, 3, 3, 3]);
  });

  it('gives 2 for a code it does not know, whatever its name', () => {
    expect(['XYZ', '', 'constructor', '__proto__', 'usd'].map(minorUnitDigits)).toEqual([2, 2, 2, 2, 2]);
  });

  it("agrees with Intl, which the server counts minor units with, for every currency Intl knows", () => {
    const disagreements = Intl.supportedValuesOf('currency')
      .map((currency) => {
        const intl = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
        return { currency, intl, sdk: minorUnitDigits(currency) };
      })
      .filter(({ intl, sdk }) => intl !== sdk);
    expect(disagreements).toEqual([]);
  });
});

describe('formatAmount', () => {
  it("writes minor units in the currency's decimals, with thousands separators", () => {
    expect(formatAmount(123456, 'USD')).toBe('1,234.56');
    expect(formatAmount(123456789, 'EUR')).toBe('1,234,567.89');
    expect(formatAmount(100000, 'USD')).toBe('1,000.00');
    expect(formatAmount(99999, 'USD')).toBe('999.99');
    expect(formatAmount(5, 'USD')).toBe('0.05');
    expect(formatAmount(0, 'USD')).toBe('0.00');
  });

  it('writes yen without decimals and dinars with three', () => {
    expect(formatAmount(150000, 'JPY')).toBe('150,000');
    expect(formatAmount(999, 'JPY')).toBe('999');
    expect(formatAmount(0, 'KRW')).toBe('0');
    expect(formatAmount(1234567, 'KWD')).toBe('1,234.567');
    expect(formatAmount(5, 'KWD')).toBe('0.005');
    expect(formatAmount(1000, 'BHD')).toBe('1.000');
  });

  it('puts a minus before a negative amount', () => {
    expect(formatAmount(-5, 'USD')).toBe('-0.05');
    expect(formatAmount(-123456789, 'USD')).toBe('-1,234,567.89');
    expect(formatAmount(-1000, 'JPY')).toBe('-1,000');
    expect(formatAmount(-1234, 'KWD')).toBe('-1.234');
  });

  it('is exact up to 2^53 − 1', () => {
    expect(formatAmount(MAX, 'USD')).toBe('90,071,992,547,409.91');
    expect(formatAmount(-MAX, 'JPY')).toBe('-9,007,199,254,740,991');
  });

  it('throws a RangeError for an amount that is not a safe integer', () => {
    expect(() => formatAmount(12.5, 'USD')).toThrow('formatAmount: amountMinor must be a safe integer');
    expect(() => formatAmount(MAX + 1, 'USD')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('writes the amount and its currency code', () => {
    expect(formatMoney(123456, 'USD')).toBe('1,234.56 USD');
    expect(formatMoney(150000, 'JPY')).toBe('150,000 JPY');
    expect(formatMoney(1234, 'KWD')).toBe('1.234 KWD');
    expect(formatMoney(-2500, 'EUR')).toBe('-25.00 EUR');
    expect(formatMoney(0, 'USD')).toBe('0.00 USD');
  });
});

describe('formatRate', () => {
  it('writes basis points as a percentage with the decimals it needs', () => {
    expect(formatRate(2000)).toBe('20 %');
    expect(formatRate(1250)).toBe('12.5 %');
    expect(formatRate(12345)).toBe('123.45 %');
    expect(formatRate(10000)).toBe('100 %');
    expect(formatRate(10)).toBe('0.1 %');
    expect(formatRate(5)).toBe('0.05 %');
    expect(formatRate(0)).toBe('0 %');
  });

  it('puts a minus before a negative rate', () => {
    expect(formatRate(-250)).toBe('-2.5 %');
    expect(formatRate(-5)).toBe('-0.05 %');
  });

  it('throws a RangeError for a rate that is not a whole number of basis points', () => {
    expect(() => formatRate(12.5)).toThrow('formatRate: basisPoints must be a safe integer');
  });
});

/**
 * The helpers as plugins run them: bundled from the SDK's root entry and evaluated in QuickJS,
 * which has no Intl, a clock that throws and a Math.random that throws. Each call's result (or
 * error) comes back as the explanation of one operation.
 */
describe('in the sandbox', () => {
  type Call = [name: keyof typeof money & string, args: (number | string)[]];
  const calls: Call[] = [
    ['mulDivHalfUp', [12345, 1000, 10000]],
    ['mulDivHalfUp', [-12345, 1000, 10000]],
    ['mulDivHalfUp', [1, 1, -2]],
    ['mulDivHalfUp', [MAX, 9999, 10000]],
    ['mulDivHalfUp', [MAX, MAX, MAX]],
    ['mulDivHalfUp', [MAX, MAX, MAX - 1]],
    ['mulDivHalfUp', [1, 1, 0]],
    ['applyRate', [12345, 1000]],
    ['applyRate', [-3, 5000]],
    ['applyRate', [MAX, 5000]],
    ['applyRate', [100.5, 1000]],
    ['minorUnitDigits', ['USD']],
    ['minorUnitDigits', ['JPY']],
    ['minorUnitDigits', ['KWD']],
    ['minorUnitDigits', ['constructor']],
    ['formatAmount', [123456789, 'USD']],
    ['formatAmount', [-5, 'USD']],
    ['formatAmount', [MAX, 'USD']],
    ['formatMoney', [150000, 'JPY']],
    ['formatMoney', [-1234, 'KWD']],
    ['formatRate', [1250]],
    ['formatRate', [-5]],
  ];
  const expected = [
    1235,
    -1235,
    -1,
    9_006_298_534_815_517,
    MAX,
    'RangeError: mulDivHalfUp: the result 9007199254740992 is beyond ±(2^53 − 1) and cannot be an exact number',
    'RangeError: mulDivHalfUp: the denominator must not be 0',
    1235,
    -2,
    4_503_599_627_370_496,
    'RangeError: applyRate: amountMinor must be a safe integer (a whole number within ±(2^53 − 1)), got 100.5',
    2,
    0,
    3,
    2,
    '1,234,567.89',
    '-0.05',
    '90,071,992,547,409.91',
    '150,000 JPY',
    '-1.234 KWD',
    '12.5 %',
    '-0.05 %',
  ];

  let sandbox: Sandbox;
  let directory: string;
  let bundle: string;
  beforeAll(async () => {
    sandbox = new Sandbox({ workers: 1 });
    directory = await mkdtemp(path.join(tmpdir(), 'dealflow-money-'));
    bundle = await moneyPluginBundle();
  });
  afterAll(async () => {
    await sandbox.close();
    await rm(directory, { recursive: true, force: true });
  });

  /** A reward plugin importing the SDK's root entry, whose deal.won answers `settings.calls`. */
  async function moneyPluginBundle(): Promise<string> {
    const sdk = fileURLToPath(new URL('../dist/index.js', import.meta.url));
    const entry = path.join(directory, 'money-plugin.js');
    await writeFile(
      entry,
      `import * as sdk from ${JSON.stringify(sdk)};
const show = (call) => {
  try {
    return JSON.stringify(sdk[call[0]](...call[1]));
  } catch (error) {
    return JSON.stringify(error.name + ': ' + error.message);
  }
};
export default sdk.definePlugin({
  id: 'money-check', version: '1.0.0', apiVersion: sdk.API_VERSION, kind: 'reward', name: 'Money check',
  settingsSchema: { type: 'object', properties: {} },
  hooks: {
    'deal.won': ({ settings }) => settings.calls.map((call, index) => ({
      op: 'reward', recipient: { partnerId: 'p' }, type: 'gift', value: 1, item: 'x', reasonCode: 'call-' + index, explanation: show(call),
    })),
  },
});
`,
    );
    return bundlePlugin(entry);
  }

  it('gives the same answers in QuickJS as in Node', async () => {
    const result = await sandbox.run(bundle, 'deal.won', makeInput('deal.won', {}, { calls }));
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    const answers = result.ok ? result.operations.map((op) => JSON.parse(op.explanation) as unknown) : [];
    expect(answers).toEqual(expected);
    // The same calls in Node, for the record that both runtimes agree.
    const inNode = calls.map(([name, args]) => {
      try {
        return (money[name] as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    });
    expect(inNode).toEqual(expected);
  });

  it('bundles from the root entry without Node, Intl, the clock or randomness', () => {
    expect(bundle).toContain('function mulDivHalfUp(value, numerator, denominator)');
    expect(bundle).not.toMatch(/\bIntl\b|\bDate\b|Math\.random|\bimport\b|\brequire\(/);
  });
});
