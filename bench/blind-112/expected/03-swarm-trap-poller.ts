// expect: none
// The poller calls this.traps.status(trapId) afresh on every iteration, so each attempt sees a new reading instead of the first settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TrapStatus {
  trapId: string;
  occupied: boolean;
  beeCountEstimate: number;
  lastMotionAt: string | null;
}

export interface TrapNetwork {
  status(trapId: string): Promise<TrapStatus>;
  notifyCollector(trapId: string, memberPhone: string): Promise<void>;
}

export interface PollOptions {
  intervalMs?: number;
  maxPolls?: number;
  signal?: AbortSignal;
}

export class SwarmTrapPoller {
  constructor(private readonly traps: TrapNetwork) {}

  async waitForSwarm(trapId: string, options: PollOptions = {}): Promise<TrapStatus | undefined> {
    const interval = options.intervalMs ?? 15 * 60_000;
    const maxPolls = options.maxPolls ?? 96;

    for (let poll = 0; poll < maxPolls; poll++) {
      const status = await this.traps.status(trapId);
      if (status.occupied && status.beeCountEstimate > 2000) {
        return status;
      }
      await sleep(interval, undefined, { signal: options.signal });
    }
    return undefined;
  }

  async watchApiary(
    trapIds: string[],
    memberPhone: string,
    options: PollOptions = {},
  ): Promise<string[]> {
    const results = await Promise.all(trapIds.map((id) => this.waitForSwarm(id, options)));
    const caught: string[] = [];
    for (const status of results) {
      if (!status) continue;
      await this.traps.notifyCollector(status.trapId, memberPhone);
      caught.push(status.trapId);
    }
    return caught;
  }
}
