// expect: no-multiple-settle
// On success the deadline timer is never cleared, and on timeout the polling interval keeps running, so the promise is settled again by whichever timer fires later.
import { EventEmitter } from 'node:events';

declare const chamberBus: {
  readHumidity(chamberId: string): number;
  setTarget(chamberId: string, percent: number): void;
};

export interface SeasoningStep {
  chamberId: string;
  targetPercent: number;
  tolerance: number;
  maxWaitMs: number;
}

export class SeasoningController extends EventEmitter {
  private readonly pollMs: number;

  constructor(pollMs = 2_000) {
    super();
    this.pollMs = pollMs;
  }

  /** Resolves with the reading once the spruce tops are inside the humidity window. */
  waitForHumidity(step: SeasoningStep): Promise<number> {
    chamberBus.setTarget(step.chamberId, step.targetPercent);

    return new Promise<number>((resolve, reject) => {
      const poll = setInterval(() => {
        const current = chamberBus.readHumidity(step.chamberId);
        this.emit('reading', { chamberId: step.chamberId, current });
        if (Math.abs(current - step.targetPercent) <= step.tolerance) {
          clearInterval(poll);
          resolve(current);
        }
      }, this.pollMs);

      setTimeout(() => {
        reject(
          new Error(
            `chamber ${step.chamberId} did not reach ${step.targetPercent}% within ${step.maxWaitMs}ms`,
          ),
        );
      }, step.maxWaitMs);
    });
  }

  async runSchedule(steps: SeasoningStep[]): Promise<number[]> {
    const readings: number[] = [];
    for (const step of steps) {
      const reached = await this.waitForHumidity(step);
      readings.push(reached);
      this.emit('step-complete', { chamberId: step.chamberId, reached });
    }
    return readings;
  }
}

export const maplewoodSchedule: SeasoningStep[] = [
  { chamberId: 'A1', targetPercent: 55, tolerance: 1.5, maxWaitMs: 30 * 60_000 },
  { chamberId: 'A1', targetPercent: 48, tolerance: 1.0, maxWaitMs: 45 * 60_000 },
  { chamberId: 'A1', targetPercent: 42, tolerance: 1.0, maxWaitMs: 60 * 60_000 },
];

export async function seasonBackAndRibs(controller = new SeasoningController()) {
  controller.on('reading', ({ chamberId, current }: { chamberId: string; current: number }) => {
    if (current > 70) console.warn(`chamber ${chamberId} unusually damp: ${current}%`);
  });
  const readings = await controller.runSchedule(maplewoodSchedule);
  return { finalHumidity: readings.at(-1), steps: readings.length };
}
