// expect: none
// correct: the executor settles once on 'cycleComplete', 'jam' or the timeout, and every path clears the timer and removes all listeners.
import { EventEmitter } from 'node:events';

export interface PressCycleResult {
  signatureCount: number;
  peakKilonewtons: number;
  dwellMs: number;
}

export class PressJamError extends Error {
  constructor(
    readonly station: string,
    readonly sensor: string,
  ) {
    super(`press ${station} jammed at ${sensor}`);
    this.name = 'PressJamError';
  }
}

interface PressController extends EventEmitter {
  readonly station: string;
  startCycle(program: { dwellMs: number; targetKilonewtons: number }): void;
  emergencyRelease(): void;
}

export interface CycleOptions {
  dwellMs: number;
  targetKilonewtons: number;
  graceMs?: number;
}

export function runPressCycle(press: PressController, options: CycleOptions): Promise<PressCycleResult> {
  const budget = options.dwellMs + (options.graceMs ?? 4_000);

  return new Promise<PressCycleResult>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      press.off('cycleComplete', onComplete);
      press.off('jam', onJam);
    };

    const onComplete = (result: PressCycleResult) => {
      cleanup();
      resolve(result);
    };

    const onJam = (sensor: string) => {
      cleanup();
      press.emergencyRelease();
      reject(new PressJamError(press.station, sensor));
    };

    const timer = setTimeout(() => {
      cleanup();
      press.emergencyRelease();
      reject(new Error(`press ${press.station} did not finish its cycle within ${budget} ms`));
    }, budget);

    press.on('cycleComplete', onComplete);
    press.on('jam', onJam);

    try {
      press.startCycle({ dwellMs: options.dwellMs, targetKilonewtons: options.targetKilonewtons });
    } catch (err) {
      cleanup();
      reject(err);
    }
  });
}

export async function pressBatch(
  press: PressController,
  batches: Array<{ id: string; options: CycleOptions }>,
): Promise<Map<string, PressCycleResult | PressJamError>> {
  const outcome = new Map<string, PressCycleResult | PressJamError>();
  for (const batch of batches) {
    try {
      outcome.set(batch.id, await runPressCycle(press, batch.options));
    } catch (err) {
      if (err instanceof PressJamError) {
        outcome.set(batch.id, err);
        continue;
      }
      throw err;
    }
  }
  return outcome;
}
