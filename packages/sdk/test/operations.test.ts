import { describe, expect, it } from 'vitest';
import { checkOperations } from '../dist/sandbox/index.js';

const accrue = {
  op: 'accrue',
  payee: { partnerId: 'partner-1' },
  amountMinor: 1000,
  currency: 'USD',
  basisMinor: 10_000,
  rateBasisPoints: 1000,
  reasonCode: 'base',
  explanation: 'Ten percent of the deal',
};
const reverse = { op: 'reverse', entryId: 'entry-1', amountMinor: 500, currency: 'USD', reasonCode: 'refund', explanation: 'Refunded' };
const reward = { op: 'reward', recipient: { contactId: 'contact-1' }, type: 'credit', value: 2500, currency: 'EUR', reasonCode: 'referral', explanation: 'Thanks' };

function messageFor(operation: object): string {
  const check = checkOperations([accrue, operation]);
  return check.ok ? 'accepted' : check.message;
}

describe('checkOperations', () => {
  it('accepts every kind of operation and drops unknown fields', () => {
    const check = checkOperations([
      { ...accrue, holdDays: 30, secret: 'x' },
      { ...accrue, op: 'adjust', amountMinor: -200, payee: { userId: 'user-1' }, rateBasisPoints: null },
      reverse,
      reward,
      { op: 'reward', recipient: { partnerId: 'partner-1' }, type: 'gift', value: 1, item: 'A mug', reasonCode: 'tenth', explanation: 'Ten referrals' },
    ]);
    expect(check).toEqual({
      ok: true,
      operations: [
        { ...accrue, holdDays: 30 },
        { ...accrue, op: 'adjust', amountMinor: -200, payee: { userId: 'user-1' }, rateBasisPoints: null },
        reverse,
        reward,
        { op: 'reward', recipient: { partnerId: 'partner-1' }, type: 'gift', value: 1, item: 'A mug', reasonCode: 'tenth', explanation: 'Ten referrals' },
      ],
    });
  });

  it('accepts an empty list', () => {
    expect(checkOperations([])).toEqual({ ok: true, operations: [] });
  });

  it.each([
    [{ ...accrue, amountMinor: 12.5 }, 'operation 1: amountMinor must be a whole number of minor units, got 12.5'],
    [{ ...accrue, amountMinor: 2 ** 53 }, 'operation 1: amountMinor must be a whole number of minor units, got 9007199254740992'],
    [{ ...accrue, amountMinor: '100' }, 'operation 1: amountMinor must be a whole number of minor units, got "100"'],
    [{ ...accrue, amountMinor: -1 }, 'operation 1: amountMinor of an accrue must not be negative (use adjust), got -1'],
    [{ ...reverse, amountMinor: 0 }, 'operation 1: amountMinor of a reverse must be positive, got 0'],
    [{ ...accrue, op: 'pay' }, 'operation 1: op must be one of accrue, adjust, reverse, reward, got "pay"'],
    [{ ...accrue, currency: 'usd' }, 'operation 1: currency must be a three-letter ISO 4217 code such as "USD", got "usd"'],
    [{ ...accrue, payee: { partnerId: 'p', userId: 'u' } }, 'operation 1: payee must be { partnerId } or { userId } with a non-empty string, got {"partnerId":"p","userId":"u"}'],
    [{ ...accrue, payee: { partnerId: 7 } }, 'operation 1: payee must be { partnerId } or { userId }'],
    [{ ...accrue, payee: undefined }, 'operation 1: payee must be { partnerId } or { userId } with a non-empty string, got nothing'],
    [{ ...accrue, basisMinor: undefined }, 'operation 1: basisMinor must be a whole number of minor units, got nothing'],
    [{ ...accrue, rateBasisPoints: 10.5 }, 'operation 1: rateBasisPoints must be a whole number of basis points or null, got 10.5'],
    [{ ...accrue, holdDays: 4000 }, 'operation 1: holdDays must be a whole number from 0 to 3650, got 4000'],
    [{ ...accrue, reasonCode: '' }, 'operation 1: reasonCode must be a non-empty string of at most 64 characters, got ""'],
    [{ ...accrue, reasonCode: 'r'.repeat(65) }, 'operation 1: reasonCode must be a non-empty string of at most 64 characters'],
    [{ ...accrue, explanation: 'e'.repeat(501) }, 'operation 1: explanation must be a non-empty string of at most 500 characters'],
    [{ ...reverse, entryId: undefined }, 'operation 1: entryId must be a non-empty string, got nothing'],
    [{ ...reward, type: 'points' }, 'operation 1: type must be one of discount, credit, gift, cash, got "points"'],
    [{ ...reward, value: -5 }, 'operation 1: value must be a whole number, not negative, got -5'],
    [{ ...reward, currency: undefined }, 'operation 1: currency must be a three-letter ISO 4217 code such as "USD", got nothing'],
    [{ ...reward, recipient: { userId: 'u' } }, 'operation 1: recipient must be { contactId } or { partnerId }'],
    ['accrue', 'operation 1: must be an object, got "accrue"'],
  ])('refuses %j', (operation, message) => {
    expect(messageFor(operation as object)).toContain(message);
  });

  it('refuses what is not a list, and lists over 100 operations', () => {
    expect(checkOperations({ operations: [] })).toEqual({ ok: false, message: 'the output must be an array of operations, got an object' });
    expect(checkOperations(null)).toEqual({ ok: false, message: 'the output must be an array of operations, got null' });
    expect(checkOperations(Array.from({ length: 101 }, () => accrue))).toEqual({
      ok: false,
      message: 'the output has 101 operations; at most 100 are allowed',
    });
  });
});
