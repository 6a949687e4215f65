import { parsePercent, percentInputText } from '../../common/basis-points';
import { AmountInputError, parseDecimal } from '../../common/money';
import { numberFormat } from '../../common/intl';

/**
 * A plugin's settings form, built from its version's JSON schema (the subset the SDK documents
 * and the server checks, see packages/server/src/modules/plugins/settings-schema.ts). The form
 * edits a *draft*: numbers as the text a person types (read in their locale), lists of objects
 * as rows, free objects ({ "USD": 5000 }) as key/value entries. `settingsOf` turns the draft back
 * into settings, with a problem per field path (`settings.tiers.1.rateBasisPoints`, the paths
 * the server names in its errors).
 */

export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  /** A choice with labels when every entry is `{ const, title }`. */
  oneOf?: JsonSchema[];
  const?: unknown;
  /** `basis-points` on an integer: shown and typed as a percentage. */
  format?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
}

/**
 * How a setting is edited: `enum` a select, `integer`/`number` a number field, `basisPoints` a
 * percentage field for an integer of basis points, `boolean` a switch,
 * `string` a text field, `group` an object with known properties, `rows` a list (of objects or of
 * single values), `map` an object with free keys, `json` anything else, as JSON text.
 */
export type FieldKind = 'enum' | 'integer' | 'number' | 'basisPoints' | 'boolean' | 'string' | 'group' | 'rows' | 'map' | 'json';

export interface SchemaField {
  /** The property name; '' for the single value of a row of a list of values. */
  key: string;
  kind: FieldKind;
  schema: JsonSchema;
  /** The schema's title, else the property name. */
  title: string;
  description: string | null;
  required: boolean;
  /** A group's properties; a list's item (its properties, or one field with key '' for values). */
  fields: SchemaField[];
}

/** One entry of a free object: the key and the value as typed. */
export interface MapEntry {
  key: string;
  value: string;
}

/**
 * A field's value in the form: text for numbers, strings and JSON; a boolean for a switch; the
 * chosen value (or null) for a select; a Draft for a group; a Draft per row for a list (a list of
 * single values keeps each under the key ''); entries for a map.
 */
export type DraftValue = string | boolean | null | number | Draft | Draft[] | MapEntry[];
export type Draft = { [key: string]: DraftValue };

/** What is wrong with a field's text; `limit` is the minimum or maximum it broke. */
export interface Problem {
  code: 'required' | 'notNumber' | 'notWhole' | 'tooManyDecimals' | 'tooSmall' | 'tooLarge' | 'notJson' | 'keyMissing' | 'keyTwice';
  limit?: number;
  /** The limit is a rate in basis points, to be shown as a percentage. */
  percent?: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The settings schema's top-level fields (an object's properties). */
export function fieldsOf(schema: JsonSchema): SchemaField[] {
  const { properties = {}, required = [] } = schema;
  return Object.entries(properties).map(([key, property]) => fieldOf(key, property, required.includes(key)));
}

function fieldOf(key: string, schema: JsonSchema, required: boolean): SchemaField {
  const kind = kindOf(schema);
  const fields = kind === 'group' ? fieldsOf(schema) : kind === 'rows' ? itemFields(schema.items!) : [];
  return { key, kind, schema, title: schema.title ?? key, description: schema.description ?? null, required, fields };
}

function kindOf(schema: JsonSchema): FieldKind {
  if (choicesOf(schema).length > 0) return 'enum';
  switch (schema.type) {
    case 'integer':
      return schema.format === 'basis-points' ? 'basisPoints' : 'integer';
    case 'number':
    case 'boolean':
    case 'string':
      return schema.type;
    case 'object':
      return schema.properties && Object.keys(schema.properties).length > 0 ? 'group' : 'map';
    case 'array':
      return isObject(schema.items) && kindOf(schema.items) !== 'json' ? 'rows' : 'json';
    default:
      return 'json';
  }
}

/** A choice's options, labelled by their titles (`oneOf`) or by themselves (`enum`). */
export function choicesOf(schema: JsonSchema): Array<{ value: unknown; title: string }> {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.map((value) => ({ value, title: String(value) }));
  const labelled = Array.isArray(schema.oneOf) && schema.oneOf.every((choice) => isObject(choice) && 'const' in choice) ? schema.oneOf : [];
  return labelled.map((choice) => ({ value: choice.const, title: choice.title ?? String(choice.const) }));
}

/** A list's item as fields: an object's properties, or a single value under the key ''. */
function itemFields(items: JsonSchema): SchemaField[] {
  return kindOf(items) === 'group' ? fieldsOf(items) : [fieldOf('', items, true)];
}

/** Whether a list's rows are objects (several fields) rather than single values. */
export const hasObjectRows = (field: SchemaField): boolean => field.kind === 'rows' && !(field.fields.length === 1 && field.fields[0]!.key === '');

/** The form's starting draft: the given settings where they are set, the schema's defaults elsewhere. */
export function draftOf(fields: SchemaField[], settings: unknown, locale = 'en'): Draft {
  const given = isObject(settings) ? settings : {};
  return Object.fromEntries(fields.map((field) => [field.key, fieldDraft(field, given[field.key], locale)]));
}

/** A new row of a list, from the item's defaults. */
export function newRow(field: SchemaField, locale = 'en'): Draft {
  return rowDraft(field, undefined, locale);
}

function rowDraft(field: SchemaField, value: unknown, locale: string): Draft {
  return hasObjectRows(field) ? draftOf(field.fields, value, locale) : { '': fieldDraft(field.fields[0]!, value, locale) };
}

function fieldDraft(field: SchemaField, given: unknown, locale: string): DraftValue {
  const value = given ?? field.schema.default;
  switch (field.kind) {
    case 'enum':
      return choicesOf(field.schema).some((option) => same(option.value, value)) ? (value as DraftValue) : null;
    case 'integer':
    case 'number':
      return typeof value === 'number' ? numberText(value, locale) : '';
    case 'basisPoints':
      return typeof value === 'number' ? percentInputText(value, locale) : '';
    case 'boolean':
      return value === true;
    case 'string':
      return typeof value === 'string' ? value : '';
    case 'group':
      return draftOf(field.fields, value, locale);
    case 'rows':
      return Array.isArray(value) ? value.map((item) => rowDraft(field, item, locale)) : [];
    case 'map': {
      const valueField = entryField(field);
      return isObject(value) ? Object.entries(value).map(([key, entry]) => ({ key, value: entryText(valueField, entry, locale) })) : [];
    }
    case 'json':
      return value === undefined ? '' : JSON.stringify(value, null, 2);
  }
}

/** A map value as text: as its own field would show it when the map's values have a numeric schema. */
function entryText(valueField: SchemaField | null, entry: unknown, locale: string): string {
  if (valueField && isNumeric(valueField)) return String(fieldDraft(valueField, entry, locale));
  return typeof entry === 'string' ? entry : JSON.stringify(entry);
}

/** Whether a field is typed as a number (a rate in basis points included). */
export const isNumeric = (field: SchemaField): boolean => ['integer', 'number', 'basisPoints'].includes(field.kind);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A number as a person would type it in the locale: no grouping, the locale's decimal separator. */
export function numberText(value: number, locale = 'en'): string {
  const text = String(value);
  if (!text.includes('.') || /e/i.test(text)) return text;
  const decimal = numberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return text.replace('.', decimal);
}

/** The most decimals a `number` setting is read with. */
const MAX_DECIMALS = 12;

/**
 * A number field's text read in the reader's locale and checked against the schema: the number,
 * null when left empty, or what is wrong with it.
 */
export function readNumber(field: SchemaField, text: string, locale = 'en'): number | null | Problem {
  if (text.trim() === '') return field.required ? { code: 'required' } : null;
  let value: number;
  try {
    value = readTyped(field.kind, text, locale);
  } catch (error) {
    if (!(error instanceof AmountInputError)) throw error;
    if (error.problem !== 'decimals') return { code: 'notNumber' };
    return field.kind === 'basisPoints' ? { code: 'tooManyDecimals', limit: error.digits } : { code: 'notWhole' };
  }
  const { minimum, maximum } = field.schema;
  const percent = field.kind === 'basisPoints' ? { percent: true } : {};
  if (minimum !== undefined && value < minimum) return { code: 'tooSmall', limit: minimum, ...percent };
  if (maximum !== undefined && value > maximum) return { code: 'tooLarge', limit: maximum, ...percent };
  return value;
}

/** The number a field's text stands for: basis points from a percentage, else as typed. */
function readTyped(kind: FieldKind, text: string, locale: string): number {
  if (kind === 'integer') return parseDecimal(text, 0, locale);
  if (kind === 'basisPoints') return parsePercent(text, locale);
  return readDecimal(text, locale);
}

/** A decimal with as many decimals as were typed (up to MAX_DECIMALS). */
function readDecimal(text: string, locale: string): number {
  for (let digits = 0; ; digits++) {
    try {
      return parseDecimal(text, digits, locale) / 10 ** digits;
    } catch (error) {
      if (!(error instanceof AmountInputError) || error.problem !== 'decimals' || digits === MAX_DECIMALS) throw error;
    }
  }
}

export const isProblem = (value: unknown): value is Problem => isObject(value) && typeof value.code === 'string';

/**
 * The settings a draft stands for, and the problems of its fields by path (`settings.tiers.1.rateBasisPoints`).
 * Empty optional numbers and unchosen selects are left out: the server fills in their defaults.
 */
export function settingsOf(fields: SchemaField[], draft: Draft, locale = 'en', path = 'settings'): { settings: Record<string, unknown>; problems: Record<string, Problem> } {
  const problems: Record<string, Problem> = {};
  const settings = objectOf(fields, draft, locale, path, problems);
  return { settings, problems };
}

/** The path of a field under `path`; a list's single value (key '') is the row itself. */
export const fieldPath = (path: string, key: string) => (key === '' ? path : `${path}.${key}`);

function objectOf(fields: SchemaField[], draft: Draft, locale: string, path: string, problems: Record<string, Problem>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueOf(field, draft[field.key] ?? null, locale, fieldPath(path, field.key), problems);
    if (value !== undefined) result[field.key] = value;
  }
  return result;
}

function valueOf(field: SchemaField, draft: DraftValue, locale: string, path: string, problems: Record<string, Problem>): unknown {
  switch (field.kind) {
    case 'enum':
      if (draft === null && field.required) problems[path] = { code: 'required' };
      return draft ?? undefined;
    case 'integer':
    case 'number':
    case 'basisPoints': {
      const read = readNumber(field, String(draft ?? ''), locale);
      if (isProblem(read)) problems[path] = read;
      return isProblem(read) || read === null ? undefined : read;
    }
    case 'boolean':
      return draft === true;
    case 'string':
      return String(draft ?? '');
    case 'group':
      return objectOf(field.fields, isObject(draft) ? (draft as Draft) : {}, locale, path, problems);
    case 'rows': {
      const rows = Array.isArray(draft) ? (draft as Draft[]) : [];
      return rows.map((row, index) => (hasObjectRows(field)
        ? objectOf(field.fields, row, locale, `${path}.${index}`, problems)
        : valueOf(field.fields[0]!, row[''] ?? null, locale, `${path}.${index}`, problems)));
    }
    case 'map':
      return mapOf(field, Array.isArray(draft) ? (draft as MapEntry[]) : [], locale, path, problems);
    case 'json': {
      const text = String(draft ?? '').trim();
      if (text === '') {
        if (field.required) problems[path] = { code: 'required' };
        return undefined;
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        problems[path] = { code: 'notJson' };
        return undefined;
      }
    }
  }
}

/**
 * A free object from its entries. A value is read as the `additionalProperties` schema says when it
 * has a type; else a number, true or false when it reads as one (flat amounts are minor units), text otherwise.
 */
function mapOf(field: SchemaField, entries: MapEntry[], locale: string, path: string, problems: Record<string, Problem>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const valueField = entryField(field);
  entries.forEach((entry, index) => {
    const key = entry.key.trim();
    if (key === '') {
      problems[`${path}.${index}.key`] = { code: 'keyMissing' };
      return;
    }
    if (key in result) {
      problems[`${path}.${index}.key`] = { code: 'keyTwice' };
      return;
    }
    result[key] = valueField ? valueOf(valueField, entry.value, locale, `${path}.${key}`, problems) : looseValue(entry.value, locale);
  });
  return result;
}

/** The field a map's values are checked as, when `additionalProperties` gives them a schema. */
export function entryField(field: SchemaField): SchemaField | null {
  const values = field.schema.additionalProperties;
  return isObject(values) && values.type ? fieldOf('', values, true) : null;
}

function looseValue(text: string, locale: string): unknown {
  const trimmed = text.trim();
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  const number = trimmed === '' ? null : readNumber({ key: '', kind: 'number', schema: {}, title: '', description: null, required: false, fields: [] }, trimmed, locale);
  return typeof number === 'number' ? number : text;
}

/** Every path the form has an input (or a group heading) for, to tell which server errors it can show. */
export function pathsOf(fields: SchemaField[], draft: Draft, path = 'settings'): string[] {
  return fields.flatMap((field) => {
    const own = fieldPath(path, field.key);
    const value = draft[field.key];
    if (field.kind === 'group') return [own, ...pathsOf(field.fields, isObject(value) ? (value as Draft) : {}, own)];
    if (field.kind === 'rows' && Array.isArray(value)) {
      return [own, ...(value as Draft[]).flatMap((row, index) => pathsOf(field.fields, row, `${own}.${index}`))];
    }
    if (field.kind === 'map' && Array.isArray(value)) {
      return [own, ...(value as MapEntry[]).flatMap((entry, index) => [`${own}.${index}.key`, `${own}.${entry.key.trim()}`])];
    }
    return [own];
  });
}
