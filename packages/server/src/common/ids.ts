import { randomBytes } from 'node:crypto';

/**
 * A new UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter, then randomness.
 * Time-ordered, so ordering by id is ordering by creation, and not guessable. Within one
 * process ids are strictly increasing: ids minted in the same millisecond take the next counter
 * value (RFC 9562 §6.2, method 1), so "newest first" is exact for records made in a burst.
 */
let lastMs = 0;
let counter = 0;
const CLOCK_SLACK_MS = 1000;

export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  let ms = now;
  let sequence = bytes.readUInt16BE(6) & 0x7ff; // a random start leaves room to count up
  if (ms <= lastMs && lastMs - ms < CLOCK_SLACK_MS) {
    // The same millisecond, or the clock a little behind the last id (a burst that overflowed
    // the counter, a small clock step back): continue after the last id.
    ms = lastMs;
    sequence = ++counter;
    if (sequence > 0xfff) {
      ms = lastMs = ms + 1;
      sequence = counter = 0;
    }
  } else if (ms > lastMs) {
    lastMs = ms;
    counter = sequence;
  } // A time well in the past (seeded or imported history) keeps its own place.
  bytes.writeUIntBE(ms, 0, 6);
  bytes.writeUInt16BE(0x7000 | sequence, 6);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isId(value: string): boolean {
  return UUID.test(value);
}
