import type { AccrueOperation, Operation, Payee, ReverseOperation, RewardOperation, RewardType } from '../plugin.js';

/**
 * The structural check of a plugin's output: shapes, integer amounts, known enums. Checks that
 * need the ledger (currency matches the event, a reversal within what it reverses, caps) are the
 * host's, after this one.
 */
export type OperationsCheck = { ok: true; operations: Operation[] } | { ok: false; message: string };

export const MAX_OPERATIONS = 100;
const MAX_REASON_CODE = 64;
const MAX_EXPLANATION = 500;
const MAX_ITEM = 200;
const MAX_HOLD_DAYS = 3650;
const REWARD_TYPES: readonly RewardType[] = ['discount', 'credit', 'gift', 'cash'];

type Fields = Record<string, unknown>;

/** A field that fails its check; the message names the field, the caller adds the operation. */
class FieldError extends Error {}

export function checkOperations(value: unknown): OperationsCheck {
  if (!Array.isArray(value)) {
    return { ok: false, message: `the output must be an array of operations, got ${shown(value)}` };
  }
  if (value.length > MAX_OPERATIONS) {
    return { ok: false, message: `the output has ${value.length} operations; at most ${MAX_OPERATIONS} are allowed` };
  }
  const operations: Operation[] = [];
  for (const [index, item] of value.entries()) {
    try {
      operations.push(checkOperation(item));
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      return { ok: false, message: `operation ${index}: ${error.message}` };
    }
  }
  return { ok: true, operations };
}

function checkOperation(item: unknown): Operation {
  if (!isRecord(item)) throw new FieldError(`must be an object, got ${shown(item)}`);
  switch (item.op) {
    case 'accrue':
    case 'adjust':
      return checkAccrue(item, item.op);
    case 'reverse':
      return checkReverse(item);
    case 'reward':
      return checkReward(item);
    default:
      throw new FieldError(`op must be one of accrue, adjust, reverse, reward, got ${shown(item.op)}`);
  }
}

function checkAccrue(fields: Fields, op: AccrueOperation['op']): AccrueOperation {
  const amountMinor = minorUnits(fields, 'amountMinor');
  if (op === 'accrue' && amountMinor < 0) {
    throw new FieldError(`amountMinor of an accrue must not be negative (use adjust), got ${amountMinor}`);
  }
  const operation: AccrueOperation = {
    op,
    payee: payee(fields.payee),
    amountMinor,
    currency: currency(fields, 'currency'),
    basisMinor: minorUnits(fields, 'basisMinor'),
    rateBasisPoints: rateBasisPoints(fields.rateBasisPoints),
    reasonCode: text(fields, 'reasonCode', MAX_REASON_CODE),
    explanation: text(fields, 'explanation', MAX_EXPLANATION),
  };
  if (fields.holdDays !== undefined) operation.holdDays = holdDays(fields.holdDays);
  return operation;
}

function checkReverse(fields: Fields): ReverseOperation {
  const amountMinor = minorUnits(fields, 'amountMinor');
  if (amountMinor <= 0) throw new FieldError(`amountMinor of a reverse must be positive, got ${amountMinor}`);
  return {
    op: 'reverse',
    entryId: text(fields, 'entryId', Infinity),
    amountMinor,
    currency: currency(fields, 'currency'),
    reasonCode: text(fields, 'reasonCode', MAX_REASON_CODE),
    explanation: text(fields, 'explanation', MAX_EXPLANATION),
  };
}

function checkReward(fields: Fields): RewardOperation {
  const type = fields.type as RewardType;
  if (!REWARD_TYPES.includes(type)) {
    throw new FieldError(`type must be one of ${REWARD_TYPES.join(', ')}, got ${shown(fields.type)}`);
  }
  const value = fields.value;
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new FieldError(`value must be a whole number, not negative, got ${shown(value)}`);
  }
  // Asserted: a credit or cash is a RewardOperation only once its currency is set, just below.
  const operation = {
    op: 'reward',
    recipient: recipient(fields.recipient),
    type,
    value: value as number,
    reasonCode: text(fields, 'reasonCode', MAX_REASON_CODE),
    explanation: text(fields, 'explanation', MAX_EXPLANATION),
  } as RewardOperation;
  // A credit or cash value is money, so it needs its currency; a discount or gift has none.
  if (fields.currency !== undefined || type === 'credit' || type === 'cash') {
    operation.currency = currency(fields, 'currency');
  }
  if (fields.item !== undefined) operation.item = text(fields, 'item', MAX_ITEM);
  return operation;
}

function minorUnits(fields: Fields, name: string): number {
  const value = fields[name];
  if (!Number.isSafeInteger(value)) {
    throw new FieldError(`${name} must be a whole number of minor units, got ${shown(value)}`);
  }
  return value as number;
}

function currency(fields: Fields, name: string): string {
  const value = fields[name];
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) {
    throw new FieldError(`${name} must be a three-letter ISO 4217 code such as "USD", got ${shown(value)}`);
  }
  return value;
}

function text(fields: Fields, name: string, maxLength: number): string {
  const value = fields[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
    const bound = Number.isFinite(maxLength) ? ` of at most ${maxLength} characters` : '';
    throw new FieldError(`${name} must be a non-empty string${bound}, got ${shown(value)}`);
  }
  return value;
}

function rateBasisPoints(value: unknown): number | null {
  if (value === null || Number.isSafeInteger(value)) return value as number | null;
  throw new FieldError(`rateBasisPoints must be a whole number of basis points or null, got ${shown(value)}`);
}

function holdDays(value: unknown): number {
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_HOLD_DAYS) return value as number;
  throw new FieldError(`holdDays must be a whole number from 0 to ${MAX_HOLD_DAYS}, got ${shown(value)}`);
}

function payee(value: unknown): Payee {
  const [key, id] = soleId(value, 'payee', ['partnerId', 'userId']);
  return key === 'partnerId' ? { partnerId: id } : { userId: id };
}

function recipient(value: unknown): RewardOperation['recipient'] {
  const [key, id] = soleId(value, 'recipient', ['contactId', 'partnerId']);
  return key === 'contactId' ? { contactId: id } : { partnerId: id };
}

/** Exactly one of the keys, holding a non-empty string: which one, and its value. */
function soleId(value: unknown, name: string, keys: [string, string]): [string, string] {
  const present = isRecord(value) ? keys.filter((key) => value[key] !== undefined) : [];
  const key = present[0];
  const id = key === undefined || !isRecord(value) ? undefined : value[key];
  if (present.length !== 1 || typeof id !== 'string' || id.length === 0) {
    throw new FieldError(`${name} must be { ${keys[0]} } or { ${keys[1]} } with a non-empty string, got ${isRecord(value) ? shownJson(value) : shown(value)}`);
  }
  return [key as string, id];
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as an error message shows it: short, and never the whole of a big one. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return shownJson(value);
}

function shownJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
