// expect: no-multiple-settle
// In non-strict mode an 'end' with zero parsed frames falls through every branch, so the loader promise never settles.
import { createReadStream } from 'node:fs';

export interface DroneWaypoint {
  droneId: number;
  x: number;
  y: number;
  z: number;
  rgb: [number, number, number];
}

export interface Frame {
  tMs: number;
  waypoints: DroneWaypoint[];
}

export interface LoadOptions {
  strict: boolean;
  expectedDrones: number;
  maxAltitudeM: number;
}

export class ChoreographyError extends Error {
  constructor(readonly path: string, readonly problems: string[]) {
    super(`${path}: ${problems.length} problem(s), first: ${problems[0]}`);
    this.name = 'ChoreographyError';
  }
}

function parseLine(line: string, lineNo: number, opts: LoadOptions, problems: string[]): { tMs: number; wp: DroneWaypoint } | undefined {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length !== 8) {
    problems.push(`line ${lineNo}: expected 8 columns, got ${cols.length}`);
    return undefined;
  }
  const [t, id, x, y, z, r, g, b] = cols.map(Number);
  if ([t, id, x, y, z, r, g, b].some((n) => !Number.isFinite(n))) {
    problems.push(`line ${lineNo}: non-numeric value`);
    return undefined;
  }
  if (z > opts.maxAltitudeM) {
    problems.push(`line ${lineNo}: drone ${id} above ceiling (${z}m)`);
    return undefined;
  }
  return { tMs: t, wp: { droneId: id, x, y, z, rgb: [r, g, b] } };
}

function toFrames(rows: Array<{ tMs: number; wp: DroneWaypoint }>): Frame[] {
  const byTime = new Map<number, DroneWaypoint[]>();
  for (const row of rows) {
    const list = byTime.get(row.tMs) ?? [];
    list.push(row.wp);
    byTime.set(row.tMs, list);
  }
  return [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .map(([tMs, waypoints]) => ({ tMs, waypoints: waypoints.sort((a, b) => a.droneId - b.droneId) }));
}

export function loadChoreography(path: string, opts: LoadOptions): Promise<Frame[]> {
  return new Promise<Frame[]>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rows: Array<{ tMs: number; wp: DroneWaypoint }> = [];
    const problems: string[] = [];
    let pending = '';
    let lineNo = 0;

    const consume = (line: string) => {
      lineNo += 1;
      if (!line.trim() || line.startsWith('#')) return;
      const parsed = parseLine(line, lineNo, opts, problems);
      if (parsed) rows.push(parsed);
    };

    input.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      lines.forEach(consume);
    });
    input.once('error', reject);
    input.once('end', () => {
      if (pending) consume(pending);
      if (opts.strict && problems.length > 0) {
        reject(new ChoreographyError(path, problems));
        return;
      }
      const frames = toFrames(rows);
      if (frames.length > 0) {
        resolve(frames.filter((f) => !opts.strict || f.waypoints.length === opts.expectedDrones));
        return;
      }
      if (opts.strict) {
        reject(new ChoreographyError(path, ['file contains no frames']));
      }
    });
  });
}

export function showDurationSeconds(frames: Frame[]): number {
  if (frames.length === 0) return 0;
  return (frames[frames.length - 1].tMs - frames[0].tMs) / 1000;
}
