// expect: none
// The poll loop calls fetchBerth() afresh on every iteration, and the only promise that is awaited more than once is a shared in-flight lookup that is meant to be shared.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BerthStatus {
  berth: string;
  vesselId: string | null;
  rampDown: boolean;
  updatedAt: string;
}

export interface HarbourApi {
  fetchBerth(berth: string, signal?: AbortSignal): Promise<BerthStatus>;
  vesselName(vesselId: string): Promise<string>;
}

export async function pollUntil<T>(
  fetchOnce: () => Promise<T>,
  done: (value: T) => boolean,
  opts: { intervalMs: number; timeoutMs: number; signal?: AbortSignal },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  while (true) {
    const value = await fetchOnce();
    if (done(value)) return value;
    if (Date.now() + opts.intervalMs > deadline) {
      throw new Error(`condition not met within ${opts.timeoutMs}ms`);
    }
    await sleep(opts.intervalMs, undefined, { signal: opts.signal });
  }
}

export class BerthWatcher {
  private readonly names = new Map<string, Promise<string>>();

  constructor(private readonly api: HarbourApi) {}

  /** Vessel names never change mid-season; share one lookup between all callers. */
  vesselName(vesselId: string): Promise<string> {
    let name = this.names.get(vesselId);
    if (!name) {
      name = this.api.vesselName(vesselId);
      this.names.set(vesselId, name);
      name.catch(() => this.names.delete(vesselId));
    }
    return name;
  }

  async waitForBoarding(berth: string, signal?: AbortSignal): Promise<string> {
    const status = await pollUntil(
      () => this.api.fetchBerth(berth, signal),
      (s) => s.vesselId !== null && s.rampDown,
      { intervalMs: 15_000, timeoutMs: 45 * 60_000, signal },
    );
    const name = await this.vesselName(status.vesselId!);
    return `${name} is boarding at berth ${berth}`;
  }

  async describeBerths(berths: string[]): Promise<string[]> {
    const statuses = await Promise.all(berths.map((b) => this.api.fetchBerth(b)));
    return Promise.all(
      statuses.map(async (s) => (s.vesselId ? `${s.berth}: ${await this.vesselName(s.vesselId)}` : `${s.berth}: empty`)),
    );
  }
}
