// expect: none
// The poll helper calls the read function afresh on every iteration, so each check sees a new gravity reading rather than the first one again.
import { setTimeout as delay } from 'node:timers/promises';

export interface FermenterSample {
  vessel: string;
  gravity: number;
  tempC: number;
  at: Date;
}

export interface FermenterApi {
  sample(vessel: string): Promise<FermenterSample>;
  setTemperature(vessel: string, tempC: number): Promise<void>;
}

export interface PollOptions {
  intervalMs: number;
  maxPolls: number;
}

export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  opts: PollOptions,
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < opts.maxPolls; i++) {
    last = await read();
    if (done(last)) return last;
    await delay(opts.intervalMs);
  }
  throw new Error(`condition not met after ${opts.maxPolls} polls (last value ${JSON.stringify(last)})`);
}

export class FermentationWatcher {
  constructor(private readonly api: FermenterApi) {}

  async waitForTerminalGravity(vessel: string, targetGravity: number): Promise<FermenterSample> {
    return pollUntil(
      () => this.api.sample(vessel),
      (s) => s.gravity <= targetGravity,
      { intervalMs: 6 * 60 * 60 * 1000, maxPolls: 120 },
    );
  }

  async crashCool(vessel: string, targetC = 2): Promise<FermenterSample> {
    await this.api.setTemperature(vessel, targetC);
    return pollUntil(
      () => this.api.sample(vessel),
      (s) => s.tempC <= targetC + 0.5,
      { intervalMs: 10 * 60 * 1000, maxPolls: 72 },
    );
  }

  async finish(vessel: string, targetGravity: number): Promise<{ fg: number; days: number }> {
    const start = await this.api.sample(vessel);
    const end = await this.waitForTerminalGravity(vessel, targetGravity);
    await this.crashCool(vessel);
    const days = (end.at.getTime() - start.at.getTime()) / 86_400_000;
    return { fg: end.gravity, days: Math.round(days * 10) / 10 };
  }
}
