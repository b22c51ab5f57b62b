// expect: none
// The interval callback contains both resolve and reject, but every branch that settles first calls stop(), which clears the interval and removes the abort listener, and then returns, so nothing can settle a second time.
export interface StrikeSensor {
  /** Returns the microphone envelope level, 0..1. */
  level(): number;
}

export interface ChimeCheckOptions {
  expectedStrikes: number;
  threshold?: number;
  sampleMs?: number;
  maxDurationMs?: number;
  signal?: AbortSignal;
}

export interface ChimeCheck {
  strikes: number;
  intervalsMs: number[];
}

export function countStrikes(sensor: StrikeSensor, opts: ChimeCheckOptions): Promise<ChimeCheck> {
  const threshold = opts.threshold ?? 0.6;
  const sampleMs = opts.sampleMs ?? 5;
  const maxDurationMs = opts.maxDurationMs ?? 90_000;

  return new Promise<ChimeCheck>((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason);
      return;
    }

    const startedAt = Date.now();
    const strikeTimes: number[] = [];
    let above = false;

    const stop = () => {
      clearInterval(sampler);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(opts.signal!.reason);
    };

    const sampler = setInterval(() => {
      const now = Date.now();
      const level = sensor.level();

      if (level >= threshold && !above) {
        above = true;
        strikeTimes.push(now);
        if (strikeTimes.length === opts.expectedStrikes) {
          stop();
          resolve({
            strikes: strikeTimes.length,
            intervalsMs: strikeTimes.slice(1).map((t, i) => t - strikeTimes[i]),
          });
          return;
        }
      } else if (level < threshold * 0.5) {
        above = false;
      }

      if (now - startedAt > maxDurationMs) {
        stop();
        reject(new Error(`heard ${strikeTimes.length} of ${opts.expectedStrikes} strikes before giving up`));
      }
    }, sampleMs);

    opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function verifyHourStrike(sensor: StrikeSensor, hour: number, signal?: AbortSignal) {
  const expected = hour % 12 === 0 ? 12 : hour % 12;
  const result = await countStrikes(sensor, { expectedStrikes: expected, signal });
  const mean = result.intervalsMs.reduce((a, b) => a + b, 0) / Math.max(1, result.intervalsMs.length);
  const uneven = result.intervalsMs.some((ms) => Math.abs(ms - mean) > mean * 0.2);
  return { ...result, meanIntervalMs: Math.round(mean), needsRegulation: uneven };
}
