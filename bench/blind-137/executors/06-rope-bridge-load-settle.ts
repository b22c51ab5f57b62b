// expect: no-multiple-settle
// On a stable window the interval callback resolves but never clears the interval, so it keeps polling and resolves (or rejects at maxPolls) again.
export interface StrainGauge {
  readonly span: string;
  readKilonewtons(): number;
}

export interface SettleOptions {
  intervalMs: number;
  windowSize: number;
  toleranceKn: number;
  maxPolls: number;
}

export interface StableReading {
  span: string;
  meanKn: number;
  polls: number;
}

export interface SpanAssessment {
  span: string;
  meanKn: number;
  ratingKn: number;
  utilisation: number;
  verdict: 'pass' | 'monitor' | 'close';
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

export function waitForStableLoad(gauge: StrainGauge, opts: SettleOptions): Promise<StableReading> {
  return new Promise((resolve, reject) => {
    const window: number[] = [];
    let polls = 0;

    const handle = setInterval(() => {
      polls += 1;
      let kn: number;
      try {
        kn = gauge.readKilonewtons();
      } catch (err) {
        clearInterval(handle);
        reject(err);
        return;
      }

      window.push(kn);
      if (window.length > opts.windowSize) window.shift();

      if (window.length === opts.windowSize && spread(window) <= opts.toleranceKn) {
        resolve({ span: gauge.span, meanKn: mean(window), polls });
        return;
      }

      if (polls >= opts.maxPolls) {
        clearInterval(handle);
        reject(new Error(`span ${gauge.span} did not settle within ${opts.maxPolls} polls`));
      }
    }, opts.intervalMs);
  });
}

export async function assessSpan(gauge: StrainGauge, ratingKn: number): Promise<SpanAssessment> {
  const stable = await waitForStableLoad(gauge, {
    intervalMs: 250,
    windowSize: 8,
    toleranceKn: 0.4,
    maxPolls: 240,
  });
  const utilisation = stable.meanKn / ratingKn;
  const verdict = utilisation < 0.6 ? 'pass' : utilisation < 0.85 ? 'monitor' : 'close';
  return { span: stable.span, meanKn: stable.meanKn, ratingKn, utilisation, verdict };
}
