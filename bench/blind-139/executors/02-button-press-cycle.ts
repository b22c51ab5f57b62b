// expect: none
// The executor settles exactly once because every path (cycle, jam, halt, timeout) goes through a single finish helper that removes all listeners and clears the timer.
import { EventEmitter } from 'node:events';

export interface PressCycle {
  pressId: string;
  buttonsStamped: number;
  holesPunched: number;
  durationMs: number;
}

export interface PressController extends EventEmitter {
  readonly pressId: string;
  trigger(mould: string): void;
}

export class PressJamError extends Error {
  constructor(readonly pressId: string, readonly station: number) {
    super(`press ${pressId} jammed at station ${station}`);
    this.name = 'PressJamError';
  }
}

export function runPressCycle(press: PressController, mould: string, timeoutMs = 8_000): Promise<PressCycle> {
  return new Promise<PressCycle>((resolve, reject) => {
    const startedAt = Date.now();

    const finish = (outcome: { cycle: PressCycle } | { error: Error }): void => {
      clearTimeout(timer);
      press.off('cycle-complete', onCycle);
      press.off('jam', onJam);
      press.off('halt', onHalt);
      if ('cycle' in outcome) resolve(outcome.cycle);
      else reject(outcome.error);
    };

    const onCycle = (stamped: number, punched: number): void => {
      finish({
        cycle: {
          pressId: press.pressId,
          buttonsStamped: stamped,
          holesPunched: punched,
          durationMs: Date.now() - startedAt,
        },
      });
    };
    const onJam = (station: number): void => {
      finish({ error: new PressJamError(press.pressId, station) });
    };
    const onHalt = (reason: string): void => {
      finish({ error: new Error(`press ${press.pressId} halted: ${reason}`) });
    };

    const timer = setTimeout(() => {
      finish({ error: new Error(`press ${press.pressId} did not finish a cycle within ${timeoutMs}ms`) });
    }, timeoutMs);

    press.on('cycle-complete', onCycle);
    press.on('jam', onJam);
    press.on('halt', onHalt);

    try {
      press.trigger(mould);
    } catch (err) {
      finish({ error: err instanceof Error ? err : new Error(String(err)) });
    }
  });
}

export async function runBatch(press: PressController, mould: string, cycles: number): Promise<number> {
  let total = 0;
  for (let i = 0; i < cycles; i++) {
    const cycle = await runPressCycle(press, mould);
    total += cycle.buttonsStamped;
  }
  return total;
}
