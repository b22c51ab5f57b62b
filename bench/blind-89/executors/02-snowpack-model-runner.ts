// expect: no-multiple-settle
// The 'close' handler resolves only when the model exits with code 0; any non-zero exit settles nothing, so the promise hangs forever.
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface SnowpackInput {
  zoneId: string;
  stationIds: string[];
  forecastHours: number;
}

export interface StabilityResult {
  zoneId: string;
  weakLayerDepthCm: number | null;
  stabilityIndex: number;
  dangerRating: 1 | 2 | 3 | 4 | 5;
}

const MODEL_BIN = process.env.SNOWPACK_BIN ?? '/opt/snowpack/bin/snowpack';

export function runSnowpackModel(input: SnowpackInput, workDir: string): Promise<StabilityResult> {
  return new Promise<StabilityResult>((resolve, reject) => {
    const child = spawn(
      MODEL_BIN,
      [
        '--zone', input.zoneId,
        '--hours', String(input.forecastHours),
        '--stations', input.stationIds.join(','),
        '--out', '-',
      ],
      { cwd: path.resolve(workDir), stdio: ['ignore', 'pipe', 'pipe'] },
    );

    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

    child.once('error', (err) => {
      reject(new Error(`could not start snowpack model: ${err.message}`));
    });

    child.once('close', (code) => {
      if (code === 0) {
        try {
          const parsed = JSON.parse(Buffer.concat(stdout).toString('utf8')) as StabilityResult;
          resolve(parsed);
        } catch (err) {
          reject(err);
        }
      }
      const log = Buffer.concat(stderr).toString('utf8').trim();
      if (log) {
        console.warn(`[snowpack ${input.zoneId}] ${log.split('\n').slice(-5).join(' | ')}`);
      }
    });
  });
}

export async function assessZones(zones: SnowpackInput[], workDir: string): Promise<StabilityResult[]> {
  const results: StabilityResult[] = [];
  for (const zone of zones) {
    const started = Date.now();
    const result = await runSnowpackModel(zone, workDir);
    console.info(`zone ${zone.zoneId}: danger ${result.dangerRating} (${Date.now() - started}ms)`);
    results.push(result);
  }
  return results;
}
