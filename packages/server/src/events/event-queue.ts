import { DealflowError } from '../graphql/errors';

/** A subscriber that stopped reading: dropped with a reason it can act on. */
export class FellBehindError extends DealflowError {
  constructor(limit: number) {
    super('FELL_BEHIND', `More than ${limit} live events were waiting for this subscription; subscribe again with your last cursor`);
  }
}

/**
 * A subscriber's pending events: pushed by the live hub, pulled by graphql-ws through
 * `for await`. Bounded, so a client that stops reading costs a known amount of memory and is
 * then dropped; `onClose` runs once when the subscriber goes (unsubscribe, disconnect, drop).
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void } | null = null;
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly limit: number,
    private readonly onClose: () => void,
  ) {}

  push(item: T): void {
    if (this.closed || this.failure) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.limit) {
      this.fail(new FellBehindError(this.limit));
      return;
    }
    this.items.push(item);
  }

  /** Ends the subscription with an error, dropping what is still queued. */
  fail(error: Error): void {
    if (this.closed || this.failure) return;
    this.failure = error;
    this.items = [];
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = null;
      this.close();
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    if (this.failure) {
      this.close();
      return Promise.reject(this.failure);
    }
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.items = [];
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = null;
    this.onClose();
  }
}
