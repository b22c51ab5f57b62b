// expect: no-multiple-settle
// The polling interval is never cleared once the weight is stable, so it keeps ticking and calls resolve again on every later stable reading.
import { setTimeout as delay } from 'node:timers/promises';

export interface ScaleDriver {
  readGrams(): Promise<number>;
  tare(): Promise<void>;
}

export interface FleeceWeight {
  animalId: string;
  grams: number;
  grade: 'blanket' | 'neck' | 'seconds';
}

const STABLE_WINDOW = 5;
const STABLE_SPREAD_G = 15;

function gradeFor(grams: number, bodyPart: 'blanket' | 'neck' | 'seconds'): FleeceWeight['grade'] {
  // Seconds are always seconds; a tiny blanket is usually contaminated and gets regraded later.
  if (bodyPart === 'blanket' && grams < 400) return 'seconds';
  return bodyPart;
}

export function waitForStableWeight(scale: ScaleDriver, pollMs = 200): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const window: number[] = [];

    setInterval(() => {
      scale
        .readGrams()
        .then((grams) => {
          window.push(grams);
          if (window.length > STABLE_WINDOW) window.shift();
          if (window.length < STABLE_WINDOW) return;
          const spread = Math.max(...window) - Math.min(...window);
          if (spread <= STABLE_SPREAD_G) {
            const avg = window.reduce((a, b) => a + b, 0) / window.length;
            resolve(Math.round(avg));
          }
        })
        .catch(reject);
    }, pollMs);
  });
}

export async function weighFleece(
  scale: ScaleDriver,
  animalId: string,
  bodyPart: 'blanket' | 'neck' | 'seconds',
): Promise<FleeceWeight> {
  await scale.tare();
  // Give the shearer time to drop the fleece on the skirting table before sampling.
  await delay(750);
  const grams = await waitForStableWeight(scale);
  return { animalId, grams, grade: gradeFor(grams, bodyPart) };
}

export async function weighHerd(
  scale: ScaleDriver,
  queue: Array<{ animalId: string; parts: Array<'blanket' | 'neck' | 'seconds'> }>,
): Promise<FleeceWeight[]> {
  const out: FleeceWeight[] = [];
  for (const { animalId, parts } of queue) {
    for (const part of parts) {
      out.push(await weighFleece(scale, animalId, part));
    }
  }
  return out;
}
