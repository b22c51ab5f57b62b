// expect: no-multiple-settle
// analyze() settles on 'done', 'failed', worker errors and non-zero exits, but a worker that finishes with exit code 0 without posting 'done' (e.g. a silent recording) settles nothing, so the ticket hangs in "measuring" forever.
import { Worker } from 'node:worker_threads';
import { EventEmitter } from 'node:events';

export interface BeatReport {
  ticket: string;
  beatErrorMs: number;
  rateSecPerDay: number;
  amplitudeDeg: number;
}

type WorkerReply =
  | { kind: 'progress'; percent: number }
  | { kind: 'done'; report: Omit<BeatReport, 'ticket'> }
  | { kind: 'failed'; reason: string };

export interface RepairTicket {
  id: string;
  movement: string;
  liftAngleDeg: number;
  recordingPath: string;
  status: 'queued' | 'measuring' | 'measured' | 'failed';
}

export class TimegrapherQueue extends EventEmitter {
  constructor(private readonly workerScript: URL) {
    super();
  }

  async measure(ticket: RepairTicket): Promise<BeatReport> {
    ticket.status = 'measuring';
    try {
      const report = await this.analyze(ticket);
      ticket.status = 'measured';
      this.emit('measured', report);
      return report;
    } catch (err) {
      ticket.status = 'failed';
      throw err;
    }
  }

  private analyze(ticket: RepairTicket): Promise<BeatReport> {
    return new Promise<BeatReport>((resolve, reject) => {
      const worker = new Worker(this.workerScript, {
        workerData: { path: ticket.recordingPath, movement: ticket.movement, liftAngle: ticket.liftAngleDeg },
      });

      worker.on('message', (msg: WorkerReply) => {
        switch (msg.kind) {
          case 'progress':
            this.emit('progress', ticket.id, msg.percent);
            break;
          case 'done':
            resolve({ ...msg.report, ticket: ticket.id });
            break;
          case 'failed':
            reject(new Error(`beat analysis failed for ${ticket.id}: ${msg.reason}`));
            break;
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) {
          reject(new Error(`analyzer for ${ticket.id} exited with code ${code}`));
        }
      });
    });
  }
}

export function needsRegulation(report: BeatReport): boolean {
  return Math.abs(report.rateSecPerDay) > 6 || report.beatErrorMs > 0.6;
}

export function needsFullService(report: BeatReport): boolean {
  return report.amplitudeDeg < 220;
}
