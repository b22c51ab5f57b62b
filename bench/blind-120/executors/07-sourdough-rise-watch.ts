// expect: no-multiple-settle
// On success the listeners are removed but the timeout is never cleared, so hours later the timer still fires and rejects the already-resolved promise.
import { EventEmitter } from 'node:events';

export interface JarReading {
  heightMm: number;
  tempC: number;
  humidityPct: number;
}

export interface StarterJar extends EventEmitter {
  readonly label: string;
}

export interface RiseResult {
  ratio: number;
  elapsedMs: number;
  tempAtPeakC: number;
}

export function waitForRise(jar: StarterJar, targetRatio: number, timeoutMs: number): Promise<RiseResult> {
  return new Promise<RiseResult>((resolve, reject) => {
    const startedAt = Date.now();
    let baseline: number | undefined;

    const detach = () => {
      jar.off('reading', onReading);
      jar.off('sensor-error', onError);
    };

    const onReading = (reading: JarReading) => {
      baseline ??= reading.heightMm;
      const ratio = reading.heightMm / baseline;
      if (ratio >= targetRatio) {
        detach();
        resolve({ ratio, elapsedMs: Date.now() - startedAt, tempAtPeakC: reading.tempC });
      }
    };

    const onError = (err: Error) => {
      detach();
      clearTimeout(timer);
      reject(err);
    };

    const timer = setTimeout(() => {
      detach();
      reject(new Error(`${jar.label} did not reach ${targetRatio}x within ${Math.round(timeoutMs / 60000)} min`));
    }, timeoutMs);

    jar.on('reading', onReading);
    jar.on('sensor-error', onError);
  });
}

export interface FeedingPlan {
  flourG: number;
  waterG: number;
  targetRatio: number;
  maxWaitHours: number;
}

export async function feedAndWatch(
  jar: StarterJar,
  plan: FeedingPlan,
  feed: (flourG: number, waterG: number) => Promise<void>,
): Promise<{ label: string; peakAfterMin: number; vigorous: boolean }> {
  await feed(plan.flourG, plan.waterG);
  const rise = await waitForRise(jar, plan.targetRatio, plan.maxWaitHours * 3_600_000);
  const peakAfterMin = Math.round(rise.elapsedMs / 60_000);
  return {
    label: jar.label,
    peakAfterMin,
    // a starter that doubles inside four hours at room temperature is ready to bake with
    vigorous: peakAfterMin <= 240 && rise.tempAtPeakC <= 26,
  };
}
