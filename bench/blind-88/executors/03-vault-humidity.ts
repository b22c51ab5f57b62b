// expect: no-multiple-settle
// waitForStableHumidity removes its reading listener on success but never clears the timeout, so the timer still fires reject() after the promise has already resolved.
import { EventEmitter } from 'node:events';

export interface HumidityReading {
  chamber: string;
  relativeHumidity: number;
  temperatureC: number;
  at: Date;
}

export interface StabilityOptions {
  targetRh: number;
  toleranceRh: number;
  consecutive: number;
  timeoutMs: number;
}

const DEFAULTS: StabilityOptions = {
  targetRh: 15,
  toleranceRh: 1.5,
  consecutive: 5,
  timeoutMs: 20 * 60_000,
};

export declare const chamberSensors: EventEmitter;
declare const auditLog: { write(entry: Record<string, unknown>): Promise<void> };

export function waitForStableHumidity(
  chamber: string,
  options: Partial<StabilityOptions> = {},
): Promise<HumidityReading[]> {
  const opts = { ...DEFAULTS, ...options };

  return new Promise<HumidityReading[]>((resolve, reject) => {
    const window: HumidityReading[] = [];

    const onReading = (reading: HumidityReading) => {
      if (reading.chamber !== chamber) return;
      const withinBand = Math.abs(reading.relativeHumidity - opts.targetRh) <= opts.toleranceRh;
      if (!withinBand) {
        window.length = 0;
        return;
      }
      window.push(reading);
      if (window.length >= opts.consecutive) {
        chamberSensors.off('reading', onReading);
        resolve([...window]);
      }
    };

    chamberSensors.on('reading', onReading);

    setTimeout(() => {
      chamberSensors.off('reading', onReading);
      reject(
        new Error(
          `chamber ${chamber} did not hold ${opts.targetRh}% RH within ${Math.round(opts.timeoutMs / 60_000)} minutes`,
        ),
      );
    }, opts.timeoutMs);
  });
}

export async function sealAccession(accessionId: string, chamber: string): Promise<void> {
  const readings = await waitForStableHumidity(chamber, { consecutive: 8 });
  const mean = readings.reduce((sum, r) => sum + r.relativeHumidity, 0) / readings.length;

  await auditLog.write({
    event: 'accession.sealed',
    accessionId,
    chamber,
    meanRh: Number(mean.toFixed(2)),
    sealedAt: new Date().toISOString(),
  });
}

export async function sealAll(accessions: Array<{ id: string; chamber: string }>) {
  const failures: string[] = [];
  for (const { id, chamber } of accessions) {
    try {
      await sealAccession(id, chamber);
    } catch (err) {
      failures.push(`${id}: ${(err as Error).message}`);
    }
  }
  return failures;
}
