// expect: no-multiple-settle
// The executor is async and awaits open() before any handler is wired, so when the scale's device file cannot be opened the rejection escapes the executor and readWeight() never settles.
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface Bird {
  ring: string;
  name: string;
  species: 'harris hawk' | 'peregrine' | 'barn owl' | 'goshawk';
  flyingWeightG: number;
}

export interface WeighIn {
  ring: string;
  grams: number;
  deltaFromFlyingG: number;
  takenAt: Date;
}

export class MewsScale {
  constructor(
    private readonly devicePath: string,
    private readonly stableSamples = 5,
    private readonly toleranceG = 2,
  ) {}

  readWeight(bird: Bird): Promise<WeighIn> {
    return new Promise<WeighIn>(async (resolve, reject) => {
      const handle = await open(this.devicePath, 'r');
      const stream = handle.createReadStream({ encoding: 'utf8' });
      const rl = createInterface({ input: stream });
      const window: number[] = [];
      let done = false;

      const finish = (settle: () => void) => {
        if (done) return;
        done = true;
        rl.close();
        stream.destroy();
        settle();
      };

      rl.on('line', (line) => {
        const grams = Number.parseFloat(line.replace(/[^0-9.]/g, ''));
        if (!Number.isFinite(grams) || grams <= 0) return;
        window.push(grams);
        if (window.length > this.stableSamples) window.shift();
        const spread = Math.max(...window) - Math.min(...window);
        if (window.length === this.stableSamples && spread <= this.toleranceG) {
          const avg = Math.round(window.reduce((a, b) => a + b, 0) / window.length);
          finish(() =>
            resolve({ ring: bird.ring, grams: avg, deltaFromFlyingG: avg - bird.flyingWeightG, takenAt: new Date() }),
          );
        }
      });
      stream.on('error', (err) => finish(() => reject(err)));
      rl.on('close', () => finish(() => reject(new Error(`scale stream ended before ${bird.name} settled`))));
    });
  }
}

export async function weighRoster(scale: MewsScale, birds: Bird[]): Promise<Map<string, WeighIn>> {
  const out = new Map<string, WeighIn>();
  // One perch scale in the mews, so birds are weighed in turn.
  for (const bird of birds) {
    out.set(bird.ring, await scale.readWeight(bird));
  }
  return out;
}

export function readyToFly(w: WeighIn, bird: Bird): boolean {
  const pct = w.deltaFromFlyingG / bird.flyingWeightG;
  return pct <= 0.02 && pct >= -0.06;
}
