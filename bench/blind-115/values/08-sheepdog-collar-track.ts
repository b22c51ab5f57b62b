// expect: no-read-before-settle
// this.track is assigned inside the execFile callback, but courseDeviation reads it synchronously right after starting the command, so it scores the previous dog's track (or none).
import { execFile } from 'node:child_process';

export interface TrackPoint {
  t: number;
  x: number;
  y: number;
}

export interface CourseLine {
  name: 'outrun' | 'fetch' | 'drive-away' | 'cross-drive';
  from: { x: number; y: number };
  to: { x: number; y: number };
}

const COLLAR_DUMP = process.env.COLLAR_DUMP_BIN ?? '/usr/local/bin/collar-dump';

function distanceToSegment(p: TrackPoint, line: CourseLine): number {
  const dx = line.to.x - line.from.x;
  const dy = line.to.y - line.from.y;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - line.from.x) * dx + (p.y - line.from.y) * dy) / lengthSq));
  const cx = line.from.x + t * dx;
  const cy = line.from.y + t * dy;
  return Math.hypot(p.x - cx, p.y - cy);
}

export class CollarTrackAnalyzer {
  private track: TrackPoint[] = [];
  private lastError: Error | null = null;

  constructor(private readonly course: CourseLine[]) {}

  courseDeviation(collarId: string): Record<CourseLine['name'], number> {
    execFile(COLLAR_DUMP, ['--collar', collarId, '--format', 'jsonl'], { maxBuffer: 8 * 1024 * 1024 }, (err, stdout) => {
      if (err) {
        this.lastError = err;
        return;
      }
      this.lastError = null;
      this.track = stdout
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as TrackPoint);
    });

    const deviations = {} as Record<CourseLine['name'], number>;
    for (const line of this.course) {
      const distances = this.track.map((p) => distanceToSegment(p, line));
      deviations[line.name] = distances.length === 0 ? 0 : Math.max(...distances);
    }
    return deviations;
  }

  get error(): Error | null {
    return this.lastError;
  }
}
