// expect: none
// The generator yields Job objects whose run field is typed as a thunk, so yielding `() => this.water(bed)` and a bound flushValveLog (rather than their promises) is exactly what the scheduler, which calls and awaits run(), expects.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Bed {
  id: string;
  species: string;
  potLitres: number;
  lastWatered: number;
}

export interface Job {
  id: string;
  due: number;
  run: () => Promise<void>;
}

export interface ValveDriver {
  pulse(bedId: string, millilitres: number): Promise<void>;
  drainLog(): Promise<string[]>;
}

export class WateringPlanner {
  readonly log: string[] = [];

  constructor(private readonly beds: Bed[], private readonly valves: ValveDriver) {}

  async water(bed: Bed): Promise<void> {
    const ml = Math.round(bed.potLitres * (bed.species.includes('juniper') ? 90 : 140));
    await this.valves.pulse(bed.id, ml);
    bed.lastWatered = Date.now();
  }

  async flushValveLog(): Promise<void> {
    this.log.push(...(await this.valves.drainLog()));
  }

  *jobsFor(dayStart: number): Generator<Job> {
    const sorted = [...this.beds].sort((a, b) => a.lastWatered - b.lastWatered);
    let offset = 0;
    for (const bed of sorted) {
      yield { id: `water:${bed.id}`, due: dayStart + 6 * 3_600_000 + offset, run: () => this.water(bed) };
      offset += 90_000;
    }
    yield { id: 'flush-valve-log', due: dayStart + 6 * 3_600_000 + offset, run: this.flushValveLog.bind(this) };
  }
}

export async function runJobs(jobs: Iterable<Job>, now: () => number = Date.now): Promise<string[]> {
  const done: string[] = [];
  for (const job of jobs) {
    const wait = job.due - now();
    if (wait > 0) await sleep(wait);
    await job.run();
    done.push(job.id);
  }
  return done;
}
