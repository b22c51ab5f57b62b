// expect: none
// The spawn wrapper handles 'error', 'close' and its own timeout through a single guarded finish, so it settles exactly once.
import { spawn } from 'node:child_process';

export interface RoastPoint {
  seconds: number;
  beanTempC: number;
  exhaustTempC: number;
  rateOfRise: number;
}

export interface RoastCurve {
  batchId: string;
  roaster: string;
  points: RoastPoint[];
  firstCrackAt?: number;
}

declare const roasterConfig: { binary: string; exportTimeoutMs: number };

function parseCurve(batchId: string, csv: string): RoastCurve {
  const [header, ...rows] = csv.trim().split('\n');
  const roaster = header.replace(/^#\s*roaster=/, '').trim();
  let firstCrackAt: number | undefined;
  const points = rows
    .filter((row) => row.length > 0)
    .map((row) => {
      const [seconds, bean, exhaust, ror, marker] = row.split(',');
      const point = {
        seconds: Number(seconds),
        beanTempC: Number(bean),
        exhaustTempC: Number(exhaust),
        rateOfRise: Number(ror),
      };
      if (marker === 'FC' && firstCrackAt === undefined) firstCrackAt = point.seconds;
      return point;
    });
  if (points.some((p) => Number.isNaN(p.beanTempC))) {
    throw new Error(`Roast export for ${batchId} contains non-numeric temperatures`);
  }
  return { batchId, roaster, points, firstCrackAt };
}

export function exportRoastCurve(batchId: string): Promise<RoastCurve> {
  return new Promise((resolve, reject) => {
    const child = spawn(roasterConfig.binary, ['export', '--batch', batchId, '--format', 'csv'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, curve?: RoastCurve) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(curve as RoastCurve);
    };

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`roastctl export for ${batchId} timed out`));
    }, roasterConfig.exportTimeoutMs);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        finish(new Error(`roastctl exited with ${code ?? signal}: ${stderr.trim() || 'no output'}`));
        return;
      }
      try {
        finish(null, parseCurve(batchId, stdout));
      } catch (err) {
        finish(err as Error);
      }
    });
  });
}

export function developmentRatio(curve: RoastCurve): number | undefined {
  if (curve.firstCrackAt === undefined || curve.points.length === 0) return undefined;
  const total = curve.points[curve.points.length - 1].seconds;
  return (total - curve.firstCrackAt) / total;
}
