// expect: none
// The polling interval is cleared on the success, error and timeout branches before settling, so the promise settles exactly once and the interval stops.
export interface TideGauge {
  readonly station: string;
  readLevelCm(): number;
}

export interface SlackWaterOptions {
  windowSize?: number;
  maxDeltaCm?: number;
  pollMs?: number;
  timeoutMs?: number;
}

export interface SlackWater {
  station: string;
  levelCm: number;
  detectedAt: Date;
}

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

export function waitForSlackWater(gauge: TideGauge, opts: SlackWaterOptions = {}): Promise<SlackWater> {
  const windowSize = opts.windowSize ?? 6;
  const maxDelta = opts.maxDeltaCm ?? 1.5;
  const pollMs = opts.pollMs ?? 30_000;
  const timeoutMs = opts.timeoutMs ?? 4 * 60 * 60_000;
  const started = Date.now();
  const window: number[] = [];

  return new Promise<SlackWater>((resolve, reject) => {
    const handle = setInterval(() => {
      let level: number;
      try {
        level = gauge.readLevelCm();
      } catch (err) {
        clearInterval(handle);
        reject(err);
        return;
      }

      window.push(level);
      if (window.length > windowSize) window.shift();

      if (window.length === windowSize && spread(window) <= maxDelta) {
        clearInterval(handle);
        const mean = window.reduce((a, b) => a + b, 0) / window.length;
        resolve({ station: gauge.station, levelCm: Math.round(mean * 10) / 10, detectedAt: new Date() });
        return;
      }

      if (Date.now() - started >= timeoutMs) {
        clearInterval(handle);
        reject(new Error(`no slack water at ${gauge.station} within ${timeoutMs / 60_000} minutes`));
      }
    }, pollMs);
  });
}

export async function sampleAtSlack(
  gauge: TideGauge,
  takeCore: (station: string) => Promise<string>,
): Promise<{ slack: SlackWater; coreId: string }> {
  const slack = await waitForSlackWater(gauge);
  const coreId = await takeCore(slack.station);
  return { slack, coreId };
}
