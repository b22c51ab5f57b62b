// expect: none
// The execFile callback rejects and returns on error, and parse failures reject inside catch before resolve is reached, so every path settles exactly once; execFile's callback fires only once.
import { execFile } from 'node:child_process';

export type DangerLevel = 1 | 2 | 3 | 4 | 5;

export interface AspectDanger {
  aspect: 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';
  elevationBand: 'below' | 'near' | 'above';
  level: DangerLevel;
}

export interface ZoneForecast {
  zone: string;
  issuedAt: string;
  problems: string[];
  dangers: AspectDanger[];
}

export interface ForecastOptions {
  modelPath: string;
  snowpackCsv: string;
  timeoutMs?: number;
}

export function runForecastModel(zone: string, opts: ForecastOptions): Promise<ZoneForecast> {
  const args = ['--zone', zone, '--snowpack', opts.snowpackCsv, '--format', 'json'];

  return new Promise<ZoneForecast>((resolve, reject) => {
    execFile(
      opts.modelPath,
      args,
      { timeout: opts.timeoutMs ?? 60_000, maxBuffer: 4 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          const detail = stderr.trim().split('\n').pop() ?? '';
          reject(new Error(`forecast model failed for ${zone}: ${err.message} ${detail}`.trim()));
          return;
        }

        let parsed: ZoneForecast;
        try {
          parsed = JSON.parse(stdout) as ZoneForecast;
        } catch (parseErr) {
          reject(new Error(`forecast model emitted invalid JSON for ${zone}`, { cause: parseErr }));
          return;
        }

        if (parsed.zone !== zone) {
          reject(new Error(`forecast model answered for ${parsed.zone}, expected ${zone}`));
        } else {
          resolve(parsed);
        }
      },
    );
  });
}

export function highestDanger(forecast: ZoneForecast): DangerLevel {
  return forecast.dangers.reduce<DangerLevel>((max, d) => (d.level > max ? d.level : max), 1);
}

export async function morningBriefing(zones: string[], opts: ForecastOptions) {
  const lines: string[] = [];
  for (const zone of zones) {
    const forecast = await runForecastModel(zone, opts);
    const level = highestDanger(forecast);
    lines.push(`${zone.padEnd(16)} level ${level}  ${forecast.problems.join(', ') || 'no listed problems'}`);
    if (level >= 4) {
      lines.push(`  -> close ${zone} avalanche terrain, notify lift ops`);
    }
  }
  return lines.join('\n');
}
