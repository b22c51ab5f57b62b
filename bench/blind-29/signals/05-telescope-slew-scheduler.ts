// expect: no-leaked-race
// waitForSettle races the 'settled' event against a setTimeout that is never cleared, and the once() listener is never cancelled when the timeout wins.
import { EventEmitter, once } from 'node:events';

export interface Pointing {
  azDeg: number;
  elDeg: number;
}

export interface Observation {
  sourceName: string;
  target: Pointing;
  integrationSec: number;
  band: 'L' | 'C' | 'X';
}

declare class AntennaDrive extends EventEmitter {
  readonly dishId: string;
  slewTo(target: Pointing): void;
  stow(): void;
  current(): Pointing;
}

declare const correlator: {
  integrate(dishIds: string[], band: Observation['band'], seconds: number): Promise<{ visibilities: number }>;
};

const SLEW_DEG_PER_SEC = 0.6;
const SETTLE_MARGIN_MS = 5_000;

function slewBudgetMs(from: Pointing, to: Pointing): number {
  const dAz = Math.abs(((to.azDeg - from.azDeg + 540) % 360) - 180);
  const dEl = Math.abs(to.elDeg - from.elDeg);
  return (Math.max(dAz, dEl) / SLEW_DEG_PER_SEC) * 1000 + SETTLE_MARGIN_MS;
}

async function waitForSettle(drive: AntennaDrive, budgetMs: number): Promise<void> {
  await Promise.race([
    once(drive, 'settled'),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`dish ${drive.dishId} did not settle within ${budgetMs}ms`)), budgetMs),
    ),
  ]);
}

export class SlewScheduler {
  private readonly queue: Observation[] = [];
  private running = false;

  constructor(private readonly drives: AntennaDrive[]) {}

  enqueue(obs: Observation): void {
    this.queue.push(obs);
  }

  async run(): Promise<Array<{ source: string; visibilities: number }>> {
    if (this.running) throw new Error('scheduler already running');
    this.running = true;
    const results: Array<{ source: string; visibilities: number }> = [];
    try {
      while (this.queue.length > 0) {
        const obs = this.queue.shift()!;
        await Promise.all(
          this.drives.map((drive) => {
            const budget = slewBudgetMs(drive.current(), obs.target);
            drive.slewTo(obs.target);
            return waitForSettle(drive, budget);
          }),
        );
        const { visibilities } = await correlator.integrate(
          this.drives.map((d) => d.dishId),
          obs.band,
          obs.integrationSec,
        );
        results.push({ source: obs.sourceName, visibilities });
      }
    } finally {
      this.running = false;
    }
    return results;
  }

  emergencyStow(): void {
    this.queue.length = 0;
    for (const drive of this.drives) drive.stow();
  }
}
