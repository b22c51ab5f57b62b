// expect: no-multiple-settle
// The polling interval is only cleared by the deadline, so after the oven reaches temperature (or a read fails) every later tick calls resolve/reject again and the interval runs forever.
import { EventEmitter } from 'node:events';

export interface DeckOven {
  readonly id: string;
  readTemperature(cb: (err: Error | null, celsius: number) => void): void;
  setTarget(celsius: number): void;
}

export interface PreheatOptions {
  targetC: number;
  toleranceC?: number;
  pollMs?: number;
  timeoutMs?: number;
}

export class PreheatTimeoutError extends Error {
  constructor(readonly ovenId: string, readonly targetC: number) {
    super(`Oven ${ovenId} did not reach ${targetC}°C in time`);
    this.name = 'PreheatTimeoutError';
  }
}

export function waitForPreheat(oven: DeckOven, options: PreheatOptions): Promise<number> {
  const { targetC, toleranceC = 3, pollMs = 2_000, timeoutMs = 20 * 60_000 } = options;
  oven.setTarget(targetC);

  return new Promise<number>((resolve, reject) => {
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new PreheatTimeoutError(oven.id, targetC));
    }, timeoutMs);

    const poll = setInterval(() => {
      oven.readTemperature((err, celsius) => {
        if (err) {
          clearTimeout(deadline);
          reject(err);
          return;
        }
        if (celsius >= targetC - toleranceC) {
          clearTimeout(deadline);
          resolve(celsius);
        }
      });
    }, pollMs);
  });
}

export interface BagelBatch {
  batchId: string;
  style: 'plain' | 'sesame' | 'everything' | 'poppy';
  dozens: number;
  bakeMinutes: number;
  ovenTempC: number;
}

export class BakeLine extends EventEmitter {
  constructor(private readonly ovens: DeckOven[]) {
    super();
  }

  async bake(batch: BagelBatch, boilDone: Promise<void>): Promise<string> {
    const oven = this.pickOven(batch);
    const [reachedC] = await Promise.all([
      waitForPreheat(oven, { targetC: batch.ovenTempC }),
      boilDone,
    ]);
    this.emit('loaded', { batchId: batch.batchId, ovenId: oven.id, reachedC });
    await new Promise<void>((resolve) => setTimeout(resolve, batch.bakeMinutes * 60_000));
    this.emit('baked', { batchId: batch.batchId, ovenId: oven.id });
    return oven.id;
  }

  private pickOven(batch: BagelBatch): DeckOven {
    const index = Math.abs(hash(batch.batchId)) % this.ovens.length;
    const oven = this.ovens[index];
    if (!oven) throw new Error('No ovens configured on this line');
    return oven;
  }
}

function hash(value: string): number {
  let h = 0;
  for (const ch of value) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
