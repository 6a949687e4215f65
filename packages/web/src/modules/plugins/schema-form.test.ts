import { describe, expect, it } from 'vitest';
import { choicesOf, draftOf, fieldsOf, newRow, pathsOf, readNumber, settingsOf, type Draft, type MapEntry } from './schema-form';

/** The affiliate-commission plugin's settings schema, as packages/plugins publishes it. */
const affiliate = {
  type: 'object',
  properties: {
    mode: { type: 'string', title: 'Mode', enum: ['percentage', 'flat'], default: 'percentage' },
    rateBasisPoints: { type: 'integer', title: 'Rate', minimum: 0, maximum: 10000, default: 2000 },
    flatAmounts: { type: 'object', title: 'Flat amounts', default: {} },
    tiers: {
      type: 'array',
      title: 'Volume tiers',
      items: {
        type: 'object',
        properties: {
          fromBasisMinor: { type: 'integer', title: 'From', minimum: 0 },
          rateBasisPoints: { type: 'integer', title: 'Rate (basis points)', minimum: 0, maximum: 10000 },
        },
        required: ['fromBasisMinor', 'rateBasisPoints'],
      },
      default: [],
    },
    holdDays: { type: 'integer', title: 'Hold days', minimum: 0, maximum: 365, default: 30 },
  },
  required: ['mode', 'rateBasisPoints', 'flatAmounts', 'tiers', 'holdDays'],
};

describe('the settings form model', () => {
  it('describes each property by how it is edited', () => {
    const fields = fieldsOf(affiliate);
    expect(fields.map((field) => [field.key, field.kind, field.title, field.required])).toEqual([
      ['mode', 'enum', 'Mode', true],
      ['rateBasisPoints', 'integer', 'Rate', true],
      ['flatAmounts', 'map', 'Flat amounts', true],
      ['tiers', 'rows', 'Volume tiers', true],
      ['holdDays', 'integer', 'Hold days', true],
    ]);
    expect(fields[3]!.fields.map((field) => field.key)).toEqual(['fromBasisMinor', 'rateBasisPoints']);
    expect(fieldsOf({ type: 'object', properties: { on: { type: 'boolean' }, note: { type: 'string' }, any: {} } }).map((field) => field.kind)).toEqual(['boolean', 'string', 'json']);
    expect(fieldsOf({ type: 'object' })).toEqual([]);
  });

  it('starts from the schema\'s defaults, and from the settings where they are given', () => {
    const fields = fieldsOf(affiliate);
    expect(draftOf(fields, undefined)).toEqual({ mode: 'percentage', rateBasisPoints: '2000', flatAmounts: [], tiers: [], holdDays: '30' });
    expect(draftOf(fields, { mode: 'flat', flatAmounts: { USD: 5000 }, tiers: [{ fromBasisMinor: 1000000, rateBasisPoints: 2500 }] })).toEqual({
      mode: 'flat',
      rateBasisPoints: '2000',
      flatAmounts: [{ key: 'USD', value: '5000' }],
      tiers: [{ fromBasisMinor: '1000000', rateBasisPoints: '2500' }],
      holdDays: '30',
    });
    // A value no longer among the choices is not kept: the person chooses again.
    expect(draftOf(fields, { mode: 'tiered' }).mode).toBeNull();
    // A nested object's default fills its fields.
    const reward = fieldsOf({ type: 'object', properties: { referrer: { type: 'object', properties: { type: { type: 'string', enum: ['credit', 'discount'] }, value: { type: 'integer' } }, default: { type: 'credit', value: 5000 } } } });
    expect(draftOf(reward, {})).toEqual({ referrer: { type: 'credit', value: '5000' } });
  });

  it('turns the draft back into settings, with rows and key/value entries', () => {
    const fields = fieldsOf(affiliate);
    const draft = draftOf(fields, undefined);
    const tiers = draft.tiers as Draft[];
    tiers.push(newRow(fields[3]!), newRow(fields[3]!));
    expect(tiers[0]).toEqual({ fromBasisMinor: '', rateBasisPoints: '' });
    Object.assign(tiers[0]!, { fromBasisMinor: '0', rateBasisPoints: '2000' });
    Object.assign(tiers[1]!, { fromBasisMinor: '1 000 000', rateBasisPoints: '2500' });
    (draft.flatAmounts as MapEntry[]).push({ key: ' EUR ', value: '4500' }, { key: 'note', value: 'per deal' });
    draft.holdDays = '';

    expect(settingsOf(fields, draft, 'pl')).toEqual({
      settings: {
        mode: 'percentage',
        rateBasisPoints: 2000,
        flatAmounts: { EUR: 4500, note: 'per deal' },
        tiers: [{ fromBasisMinor: 0, rateBasisPoints: 2000 }, { fromBasisMinor: 1000000, rateBasisPoints: 2500 }],
      },
      problems: { 'settings.holdDays': { code: 'required' } },
    });
  });

  it('reads numbers in the reader\'s locale and checks whole numbers and limits', () => {
    const [, rate] = fieldsOf(affiliate);
    const ratio = fieldsOf({ type: 'object', properties: { ratio: { type: 'number', minimum: 0 } } })[0]!;
    expect(readNumber(rate!, '2500')).toBe(2500);
    expect(readNumber(rate!, '\u0662\u0665\u0660\u0660', 'ar')).toBe(2500);
    expect(readNumber(rate!, '12.5')).toEqual({ code: 'notWhole' });
    expect(readNumber(rate!, 'abc')).toEqual({ code: 'notNumber' });
    expect(readNumber(rate!, '10001')).toEqual({ code: 'tooLarge', limit: 10000 });
    expect(readNumber(rate!, '-1')).toEqual({ code: 'tooSmall', limit: 0 });
    expect(readNumber(rate!, ' ')).toEqual({ code: 'required' });
    expect(readNumber(ratio, '')).toBeNull();
    expect(readNumber(ratio, '0,125', 'pl')).toBe(0.125);
    expect(readNumber(ratio, '0.125', 'pl')).toEqual({ code: 'notNumber' });
    expect(draftOf([ratio], { ratio: 0.5 }, 'ru')).toEqual({ ratio: '0,5' });
  });

  it('offers labelled choices by their titles and keeps their values', () => {
    const commissionOn = {
      type: 'string',
      oneOf: [{ const: 'deal', title: 'Once, on the won deal' }, { const: 'invoices', title: 'On every paid invoice' }],
      default: 'deal',
    };
    const fields = fieldsOf({ type: 'object', properties: { commissionOn }, required: ['commissionOn'] });
    expect(fields[0]!.kind).toBe('enum');
    expect(choicesOf(commissionOn)).toEqual([{ value: 'deal', title: 'Once, on the won deal' }, { value: 'invoices', title: 'On every paid invoice' }]);
    expect(draftOf(fields, { commissionOn: 'invoices' })).toEqual({ commissionOn: 'invoices' });
    expect(draftOf(fields, { commissionOn: 'On every paid invoice' })).toEqual({ commissionOn: null });
    expect(settingsOf(fields, { commissionOn: 'invoices' }).settings).toEqual({ commissionOn: 'invoices' });
    // A oneOf that is not a list of constants is no choice: it is edited as JSON.
    expect(fieldsOf({ type: 'object', properties: { any: { oneOf: [{ type: 'string' }] } } })[0]!.kind).toBe('json');
  });

  it('shows and reads rates in basis points as percentages, in lists and free objects too', () => {
    const rate = { type: 'integer', format: 'basis-points', minimum: 0, maximum: 10000 };
    const fields = fieldsOf({
      type: 'object',
      properties: { rate, tiers: { type: 'array', items: { type: 'object', properties: { rate } } }, perSku: { type: 'object', additionalProperties: rate } },
    });
    expect(fields.map((field) => field.kind)).toEqual(['basisPoints', 'rows', 'map']);
    const draft = draftOf(fields, { rate: 1250, tiers: [{ rate: 2000 }], perSku: { A: 5 } }, 'pl');
    expect(draft).toEqual({ rate: '12,5', tiers: [{ rate: '20' }], perSku: [{ key: 'A', value: '0,05' }] });
    (draft.tiers as Draft[])[0]!.rate = '17,25';
    expect(settingsOf(fields, draft, 'pl')).toEqual({ settings: { rate: 1250, tiers: [{ rate: 1725 }], perSku: { A: 5 } }, problems: {} });

    expect(readNumber(fields[0]!, '12.345')).toEqual({ code: 'tooManyDecimals', limit: 2 });
    expect(readNumber(fields[0]!, '100.01')).toEqual({ code: 'tooLarge', limit: 10000, percent: true });
    expect(readNumber(fields[0]!, '-1')).toEqual({ code: 'tooSmall', limit: 0, percent: true });
  });

  it('names each problem by the path the server uses, rows and entries included', () => {
    const fields = fieldsOf(affiliate);
    const draft = draftOf(fields, { tiers: [{ fromBasisMinor: 0, rateBasisPoints: 2000 }, { fromBasisMinor: 5000, rateBasisPoints: 20000 }], flatAmounts: { USD: 1 } });
    (draft.flatAmounts as MapEntry[]).push({ key: 'USD', value: '2' }, { key: '', value: '3' });
    draft.mode = null;

    expect(settingsOf(fields, draft).problems).toEqual({
      'settings.mode': { code: 'required' },
      'settings.tiers.1.rateBasisPoints': { code: 'tooLarge', limit: 10000 },
      'settings.flatAmounts.1.key': { code: 'keyTwice' },
      'settings.flatAmounts.2.key': { code: 'keyMissing' },
    });
    expect(pathsOf(fields, draft)).toEqual(expect.arrayContaining(['settings.mode', 'settings.tiers', 'settings.tiers.1.rateBasisPoints', 'settings.flatAmounts.USD', 'settings.holdDays']));
  });

  it('edits lists of single values and anything else as JSON', () => {
    const fields = fieldsOf({
      type: 'object',
      properties: { skus: { type: 'array', items: { type: 'integer', minimum: 1 } }, extra: { type: 'array' } },
      required: ['extra'],
    });
    expect(fields.map((field) => field.kind)).toEqual(['rows', 'json']);
    const draft = draftOf(fields, { skus: [3], extra: [1, 'a'] });
    expect(draft).toEqual({ skus: [{ '': '3' }], extra: '[\n  1,\n  "a"\n]' });
    (draft.skus as Draft[]).push({ '': '0' });
    expect(settingsOf(fields, draft)).toEqual({ settings: { skus: [3, undefined], extra: [1, 'a'] }, problems: { 'settings.skus.1': { code: 'tooSmall', limit: 1 } } });
    draft.extra = '[1,';
    expect(settingsOf(fields, draft).problems['settings.extra']).toEqual({ code: 'notJson' });
    expect(pathsOf(fields, draft)).toEqual(['settings.skus', 'settings.skus.0', 'settings.skus.1', 'settings.extra']);
  });
});
