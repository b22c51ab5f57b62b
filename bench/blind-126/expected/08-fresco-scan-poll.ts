// expect: none
// The poll loop calls scanner.jobStatus on every iteration, so each pass awaits a fresh request and sees the scan job progress.
import { setTimeout as sleep } from 'node:timers/promises';

export type ScanState = 'queued' | 'scanning' | 'stitching' | 'done' | 'failed';

export interface ScanJob {
  jobId: string;
  wall: string;
  state: ScanState;
  progressPct: number;
  mapUrl?: string;
  error?: string;
}

export interface ThermalScanner {
  startScan(wall: string, resolutionCm: number): Promise<string>;
  jobStatus(jobId: string): Promise<ScanJob>;
}

export interface Log {
  info(msg: string): void;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

export class WallScanRunner {
  constructor(
    private readonly scanner: ThermalScanner,
    private readonly log: Log,
    private readonly poll: PollOptions = { intervalMs: 3_000, timeoutMs: 20 * 60_000 },
  ) {}

  async scanWall(wall: string, resolutionCm = 2): Promise<string> {
    const jobId = await this.scanner.startScan(wall, resolutionCm);
    const deadline = Date.now() + this.poll.timeoutMs;
    let lastPct = -1;

    while (Date.now() < deadline) {
      const job = await this.scanner.jobStatus(jobId);
      if (job.state === 'done' && job.mapUrl) return job.mapUrl;
      if (job.state === 'failed') throw new Error(`scan of ${wall} failed: ${job.error ?? 'no reason given'}`);
      if (job.progressPct !== lastPct) {
        this.log.info(`${wall}: ${job.state} ${job.progressPct}%`);
        lastPct = job.progressPct;
      }
      await sleep(this.poll.intervalMs);
    }
    throw new Error(`scan of ${wall} did not finish within ${this.poll.timeoutMs} ms`);
  }

  async scanChapel(walls: string[]): Promise<Map<string, string>> {
    const maps = new Map<string, string>();
    for (const wall of walls) {
      maps.set(wall, await this.scanWall(wall));
    }
    return maps;
  }
}

export function scanMinutes(walls: Array<{ widthM: number; heightM: number }>, resolutionCm: number): number {
  const cells = walls.reduce((sum, w) => sum + (w.widthM * 100 * w.heightM * 100) / resolutionCm ** 2, 0);
  return Math.ceil(cells / 12_000);
}
