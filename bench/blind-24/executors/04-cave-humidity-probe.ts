// expect: none
// Correct: the execFile callback returns after each reject, and JSON parsing is guarded so exactly one of resolve/reject runs.
import { execFile } from 'node:child_process';

export interface CaveClimate {
  caveId: string;
  humidityPct: number;
  temperatureC: number;
  co2Ppm: number;
  sampledAt: string;
}

export interface AgingWindow {
  minHumidity: number;
  maxHumidity: number;
  minTemp: number;
  maxTemp: number;
}

const CAVECTL = process.env.CAVECTL_BIN ?? '/usr/local/bin/cavectl';

export function readCaveClimate(caveId: string, timeoutMs = 10_000): Promise<CaveClimate> {
  return new Promise<CaveClimate>((resolve, reject) => {
    execFile(
      CAVECTL,
      ['probe', '--cave', caveId, '--format', 'json'],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          const detail = stderr.trim() || err.message;
          reject(new Error(`cavectl probe ${caveId} failed: ${detail}`));
          return;
        }

        let raw: Partial<CaveClimate>;
        try {
          raw = JSON.parse(stdout) as Partial<CaveClimate>;
        } catch (parseErr) {
          reject(new Error(`cavectl returned non-JSON output for ${caveId}`, { cause: parseErr }));
          return;
        }

        if (typeof raw.humidityPct !== 'number' || typeof raw.temperatureC !== 'number') {
          reject(new Error(`probe for ${caveId} missing humidity or temperature`));
          return;
        }

        resolve({
          caveId,
          humidityPct: raw.humidityPct,
          temperatureC: raw.temperatureC,
          co2Ppm: raw.co2Ppm ?? 0,
          sampledAt: raw.sampledAt ?? new Date().toISOString(),
        });
      },
    );
  });
}

export function outOfWindow(climate: CaveClimate, window: AgingWindow): string[] {
  const problems: string[] = [];
  if (climate.humidityPct < window.minHumidity) problems.push(`humidity low (${climate.humidityPct}%)`);
  if (climate.humidityPct > window.maxHumidity) problems.push(`humidity high (${climate.humidityPct}%)`);
  if (climate.temperatureC < window.minTemp) problems.push(`too cold (${climate.temperatureC}°C)`);
  if (climate.temperatureC > window.maxTemp) problems.push(`too warm (${climate.temperatureC}°C)`);
  return problems;
}

export async function auditCaves(caves: Record<string, AgingWindow>): Promise<Record<string, string[]>> {
  const report: Record<string, string[]> = {};
  for (const [caveId, window] of Object.entries(caves)) {
    try {
      report[caveId] = outOfWindow(await readCaveClimate(caveId), window);
    } catch (err) {
      report[caveId] = [`probe unavailable: ${(err as Error).message}`];
    }
  }
  return report;
}
