// expect: no-multiple-settle
// When the temperature window stabilizes the interval is not cleared, so the executor keeps calling resolve on every later tick (and reject once the deadline passes).
export interface IncubatorProbe {
  readonly trayId: string;
  readCelsius(): number;
  readHumidity(): number;
}

export interface StabilizeOptions {
  intervalMs: number;
  samples: number;
  toleranceC: number;
  maxWaitMs: number;
}

export const DEFAULT_STABILIZE: StabilizeOptions = {
  intervalMs: 2000,
  samples: 6,
  toleranceC: 0.15,
  maxWaitMs: 20 * 60 * 1000,
};

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

export class StabilizationTimeout extends Error {
  constructor(readonly trayId: string, readonly lastWindow: number[]) {
    super(`tray ${trayId} did not stabilize; last readings ${lastWindow.map((v) => v.toFixed(2)).join(', ')}`);
    this.name = 'StabilizationTimeout';
  }
}

export function waitForStableTemperature(
  probe: IncubatorProbe,
  opts: StabilizeOptions = DEFAULT_STABILIZE,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const window: number[] = [];
    const deadline = Date.now() + opts.maxWaitMs;

    const timer = setInterval(() => {
      let reading: number;
      try {
        reading = probe.readCelsius();
      } catch (err) {
        clearInterval(timer);
        reject(err);
        return;
      }

      window.push(reading);
      if (window.length > opts.samples) window.shift();

      if (window.length === opts.samples && spread(window) <= opts.toleranceC) {
        resolve(Number(mean(window).toFixed(2)));
        return;
      }

      if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new StabilizationTimeout(probe.trayId, [...window]));
      }
    }, opts.intervalMs);
  });
}

export interface TrayReport {
  trayId: string;
  stableAt: number | null;
  humidity: number;
  error?: string;
}

export async function prepareTrays(probes: IncubatorProbe[], targetC: number): Promise<TrayReport[]> {
  const reports: TrayReport[] = [];
  for (const probe of probes) {
    try {
      const stableAt = await waitForStableTemperature(probe);
      const drift = Math.abs(stableAt - targetC);
      reports.push({
        trayId: probe.trayId,
        stableAt,
        humidity: probe.readHumidity(),
        error: drift > 0.5 ? `stable but ${drift.toFixed(2)}C off target` : undefined,
      });
    } catch (err) {
      reports.push({ trayId: probe.trayId, stableAt: null, humidity: NaN, error: (err as Error).message });
    }
  }
  return reports;
}
