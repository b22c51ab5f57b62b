// expect: none
// The remote-config fetch races a deadline that shares one AbortController; whichever side wins, `finally` aborts it, which cancels both the pending fetch and the deadline timer, so nothing outlives the race.
import { setTimeout as delay } from 'node:timers/promises';

export type FlagSet = Record<string, boolean | string | number>;

declare const configService: {
  fetchFlags(env: string, opts: { signal: AbortSignal; etag?: string }): Promise<{ flags: FlagSet; etag: string }>;
};
declare const logger: { info(msg: string, meta?: object): void; warn(msg: string, meta?: object): void };

const DEADLINE = Symbol('deadline');

export class FlagClient {
  private cached: { flags: FlagSet; etag?: string; fetchedAt: number } = { flags: {}, fetchedAt: 0 };

  constructor(
    private readonly env: string,
    private readonly deadlineMs = 300,
  ) {}

  async load(signal?: AbortSignal): Promise<FlagSet> {
    signal?.throwIfAborted();
    const ac = new AbortController();
    const onOuterAbort = () => ac.abort(signal?.reason);
    signal?.addEventListener('abort', onOuterAbort, { once: true });

    try {
      const winner = await Promise.race([
        configService.fetchFlags(this.env, { signal: ac.signal, etag: this.cached.etag }),
        delay(this.deadlineMs, DEADLINE, { signal: ac.signal }),
      ]);

      if (winner === DEADLINE) {
        logger.warn('flag service slow, serving cached flags', { env: this.env, ageMs: Date.now() - this.cached.fetchedAt });
        return this.cached.flags;
      }

      this.cached = { flags: winner.flags, etag: winner.etag, fetchedAt: Date.now() };
      logger.info('flags refreshed', { env: this.env, count: Object.keys(winner.flags).length });
      return winner.flags;
    } catch (err) {
      if (signal?.aborted) throw err;
      logger.warn('flag refresh failed, serving cached flags', { env: this.env, err: String(err) });
      return this.cached.flags;
    } finally {
      ac.abort();
      signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  get(name: string, fallback: boolean): boolean {
    const v = this.cached.flags[name];
    return typeof v === 'boolean' ? v : fallback;
  }
}
