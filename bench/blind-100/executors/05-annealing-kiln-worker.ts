// expect: no-multiple-settle
// The exit handler only settles on a non-zero code, so a kiln worker that exits cleanly without posting 'complete' (e.g. it returns early after a door-open interlock) leaves the anneal promise pending forever.
import { Worker } from 'node:worker_threads';

export interface AnnealSchedule {
  pieceId: string;
  soakC: number;
  soakMinutes: number;
  coolRateCPerHour: number;
}

type KilnMessage =
  | { kind: 'progress'; tempC: number; minute: number }
  | { kind: 'complete'; log: number[] }
  | { kind: 'fault'; reason: string };

export interface AnnealResult {
  pieceId: string;
  curve: number[];
  peakC: number;
}

export class KilnController {
  private active: Worker | null = null;

  constructor(
    private readonly workerFile: string,
    private readonly onProgress?: (tempC: number, minute: number) => void,
  ) {}

  anneal(schedule: AnnealSchedule): Promise<AnnealResult> {
    if (this.active) {
      return Promise.reject(new Error('kiln is already running a schedule'));
    }
    const worker = new Worker(this.workerFile, { workerData: schedule });
    this.active = worker;

    return new Promise<AnnealResult>((resolve, reject) => {
      const cleanup = () => {
        worker.removeAllListeners();
        this.active = null;
      };

      worker.on('message', (msg: KilnMessage) => {
        switch (msg.kind) {
          case 'progress':
            this.onProgress?.(msg.tempC, msg.minute);
            break;
          case 'complete':
            cleanup();
            resolve({ pieceId: schedule.pieceId, curve: msg.log, peakC: Math.max(...msg.log) });
            break;
          case 'fault':
            cleanup();
            reject(new Error(`kiln fault on ${schedule.pieceId}: ${msg.reason}`));
            break;
        }
      });

      worker.once('error', (err) => {
        cleanup();
        reject(err);
      });

      worker.once('exit', (code) => {
        if (code !== 0) {
          cleanup();
          reject(new Error(`kiln worker exited with code ${code}`));
        }
      });
    });
  }

  async emergencyStop(): Promise<void> {
    const worker = this.active;
    if (!worker) return;
    this.active = null;
    await worker.terminate();
  }
}
