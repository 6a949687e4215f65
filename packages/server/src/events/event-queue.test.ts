import { describe, expect, it } from 'vitest';
import { EventQueue, FellBehindError } from './event-queue';

describe('EventQueue', () => {
  it('hands pushed items to a waiting reader, then queued ones in order', async () => {
    const queue = new EventQueue<number>(10, () => {});
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: 3, done: false });
  });

  it('drops a reader that leaves more than its limit unread, with FELL_BEHIND, and closes once', async () => {
    let closes = 0;
    const queue = new EventQueue<number>(2, () => closes++);
    queue.push(1);
    queue.push(2);
    queue.push(3);
    const failure = await queue.next().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FellBehindError);
    expect((failure as FellBehindError).extensions.code).toBe('FELL_BEHIND');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(closes).toBe(1);
  });

  it('ends a waiting reader and runs onClose once when the subscriber leaves', async () => {
    let closes = 0;
    const queue = new EventQueue<number>(5, () => closes++);
    const waiting = queue.next();
    await queue.return();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    queue.push(9);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(closes).toBe(1);
  });
});
