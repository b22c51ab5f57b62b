// expect: none
// The executor listens to both 'error' and 'close' of the scale child process and guards with a settled flag, so a spawn failure rejects exactly once and a normal exit resolves exactly once.
import { spawn } from 'node:child_process';

export interface ScaleReading {
  hiveId: string;
  grams: number;
  takenAt: Date;
}

export interface ScaleReaderConfig {
  command: string;
  port: string;
  timeoutMs: number;
}

const defaultConfig: ScaleReaderConfig = {
  command: 'hive-scale',
  port: '/dev/ttyUSB0',
  timeoutMs: 15_000,
};

export function readHiveScale(hiveId: string, config: Partial<ScaleReaderConfig> = {}): Promise<ScaleReading> {
  const cfg = { ...defaultConfig, ...config };

  return new Promise<ScaleReading>((resolve, reject) => {
    let settled = false;
    let stdout = '';

    const child = spawn(cfg.command, ['--port', cfg.port, '--hive', hiveId, '--once'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: cfg.timeoutMs,
    });

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });

    child.once('error', (err) => fail(new Error(`cannot start ${cfg.command}: ${err.message}`)));

    child.once('close', (code, signal) => {
      if (settled) return;
      if (code !== 0) {
        fail(new Error(`${cfg.command} exited with ${code ?? signal}`));
        return;
      }
      const grams = Number.parseFloat(stdout.trim());
      if (!Number.isFinite(grams)) {
        fail(new Error(`unparseable scale output for ${hiveId}: ${JSON.stringify(stdout)}`));
        return;
      }
      settled = true;
      resolve({ hiveId, grams, takenAt: new Date() });
    });
  });
}

export async function weighApiary(hiveIds: readonly string[]): Promise<ScaleReading[]> {
  const readings: ScaleReading[] = [];
  for (const id of hiveIds) {
    // the scale hardware is shared, so hives are weighed one after another
    readings.push(await readHiveScale(id));
  }
  return readings.sort((a, b) => b.grams - a.grams);
}
