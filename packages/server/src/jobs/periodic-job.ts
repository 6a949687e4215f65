import { describe, type Logger } from '../common/log';

/**
 * Runs `work` every `everyMs` in this server instance, never two runs at once; a failed run is
 * logged and the next one goes ahead. Jobs are written so that every instance may run them
 * together (each claims rows with a conditional write or a lock).
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.timer || this.everyMs <= 0) return;
    this.timer = setInterval(() => void this.runNow(), this.everyMs);
  }

  /** One run now (or the one under way); tests and shutdown use it. */
  runNow(): Promise<void> {
    this.running ??= this.work()
      .then(() => undefined, (error: unknown) => this.log.error(`${this.name} failed`, describe(error)))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Stops scheduling and waits for the run under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
