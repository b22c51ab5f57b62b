// expect: none
// pollUntil takes a reader function and calls it on every iteration, so each poll awaits a fresh request rather than a settled one.
import { setTimeout as delay } from 'node:timers/promises';

export interface ClockState {
  poolId: string;
  possessionTeam: 'home' | 'away' | null;
  shotClockMs: number;
  gameClockMs: number;
  running: boolean;
  period: number;
}

declare const clockApi: {
  readState(poolId: string): Promise<ClockState>;
  command(poolId: string, cmd: 'start' | 'stop' | 'reset30' | 'reset20'): Promise<void>;
};

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, timeoutMs }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs}ms`);
    }
    await delay(intervalMs);
  }
}

export class ShotClockSync {
  private lastKnown?: ClockState;

  constructor(
    private readonly poolId: string,
    private readonly poll: PollOptions = { intervalMs: 100, timeoutMs: 3000 },
  ) {}

  get state(): ClockState | undefined {
    return this.lastKnown;
  }

  async startPossession(team: 'home' | 'away', afterExclusion = false): Promise<ClockState> {
    await clockApi.command(this.poolId, afterExclusion ? 'reset20' : 'reset30');
    const expected = afterExclusion ? 20_000 : 30_000;
    const reset = await pollUntil(
      () => clockApi.readState(this.poolId),
      (s) => s.shotClockMs === expected && !s.running,
      this.poll,
    );
    if (reset.possessionTeam !== team) {
      throw new Error(`clock shows possession for ${reset.possessionTeam ?? 'nobody'}, expected ${team}`);
    }
    await clockApi.command(this.poolId, 'start');
    this.lastKnown = await pollUntil(() => clockApi.readState(this.poolId), (s) => s.running, this.poll);
    return this.lastKnown;
  }

  async stopForFoul(): Promise<ClockState> {
    await clockApi.command(this.poolId, 'stop');
    this.lastKnown = await pollUntil(() => clockApi.readState(this.poolId), (s) => !s.running, this.poll);
    return this.lastKnown;
  }
}

export function formatShotClock(ms: number): string {
  if (ms <= 0) return '0';
  if (ms < 5000) return (ms / 1000).toFixed(1);
  return String(Math.ceil(ms / 1000));
}
