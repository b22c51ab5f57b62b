// expect: none
// The executor settles through a guarded finish() from both 'error' and 'close', so spawn failures and non-zero exits both settle exactly once.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface FlightPath {
  droneId: number;
  waypoints: Array<{ t: number; x: number; y: number; z: number; rgb: [number, number, number] }>;
}

export interface ShowBundle {
  showId: string;
  path: string;
  bytes: number;
  drones: number;
  durationSeconds: number;
}

declare const showLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const MAX_ALTITUDE_M = 120;
const MIN_SEPARATION_M = 1.5;

export function checkSeparation(paths: FlightPath[]): string[] {
  const issues: string[] = [];
  for (const p of paths) {
    for (const w of p.waypoints) {
      if (w.z > MAX_ALTITUDE_M) issues.push(`drone ${p.droneId} above ceiling at t=${w.t}`);
    }
  }
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const a = paths[i].waypoints;
      const b = paths[j].waypoints;
      const n = Math.min(a.length, b.length);
      for (let k = 0; k < n; k++) {
        const d = Math.hypot(a[k].x - b[k].x, a[k].y - b[k].y, a[k].z - b[k].z);
        if (d < MIN_SEPARATION_M) {
          issues.push(`drones ${paths[i].droneId}/${paths[j].droneId} ${d.toFixed(2)} m apart at t=${a[k].t}`);
          break;
        }
      }
    }
  }
  return issues;
}

function compress(inputPath: string, outputPath: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('zstd', ['-q', '-19', '-f', inputPath, '-o', outputPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve();
    };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code === 0) finish();
      else finish(new Error(`zstd exited with ${code ?? signal}: ${stderr.trim()}`));
    });
  });
}

export async function buildBundle(showId: string, rawPath: string, paths: FlightPath[]): Promise<ShowBundle> {
  const issues = checkSeparation(paths);
  if (issues.length > 0) throw new Error(`show ${showId} fails safety check:\n${issues.join('\n')}`);
  const outputPath = `${rawPath}.zst`;
  await compress(rawPath, outputPath);
  const { size } = await stat(outputPath);
  const duration = Math.max(0, ...paths.map((p) => p.waypoints.at(-1)?.t ?? 0));
  showLog.info('show bundle ready', { showId, bytes: size });
  return { showId, path: outputPath, bytes: size, drones: paths.length, durationSeconds: duration };
}
