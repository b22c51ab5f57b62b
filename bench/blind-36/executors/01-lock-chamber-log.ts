// expect: none
// The close executor listens for both 'finish' and 'error' and detaches both, and write callbacks fire once, so every promise settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';

export interface LockCycle {
  lockId: string;
  direction: 'up' | 'down';
  vesselName: string;
  startedAt: Date;
  fillSeconds: number;
  gateFaults: string[];
}

declare const keeperRoster: {
  onDuty(lockId: string, at: Date): string | undefined;
};

function formatCycle(cycle: LockCycle): string {
  const keeper = keeperRoster.onDuty(cycle.lockId, cycle.startedAt) ?? 'unattended';
  const faults = cycle.gateFaults.length > 0 ? cycle.gateFaults.join('|') : '-';
  return [
    cycle.startedAt.toISOString(),
    cycle.lockId,
    cycle.direction,
    JSON.stringify(cycle.vesselName),
    cycle.fillSeconds.toFixed(1),
    faults,
    keeper,
  ].join('\t');
}

export class LockChamberLog {
  private stream: WriteStream | null = null;
  private failure: Error | null = null;
  private readonly buffered: string[] = [];
  private readonly highWater: number;

  constructor(private readonly path: string, options: { highWater?: number } = {}) {
    this.highWater = options.highWater ?? 200;
  }

  open(): void {
    if (this.stream) return;
    const stream = createWriteStream(this.path, { flags: 'a', encoding: 'utf8' });
    stream.on('error', (err) => {
      this.failure = err;
    });
    this.stream = stream;
  }

  /** Returns true when the caller should flush soon. */
  record(cycle: LockCycle): boolean {
    if (cycle.fillSeconds < 0) {
      throw new RangeError(`negative fill time for ${cycle.lockId}`);
    }
    this.buffered.push(formatCycle(cycle));
    return this.buffered.length >= this.highWater;
  }

  async flush(): Promise<number> {
    const stream = this.requireStream();
    const lines = this.buffered.splice(0);
    if (lines.length === 0) return 0;
    const payload = lines.join('\n') + '\n';

    await new Promise<void>((resolve, reject) => {
      stream.write(payload, 'utf8', (err) => {
        if (err) {
          // put the lines back so a later flush can retry them
          this.buffered.unshift(...lines);
          reject(err);
          return;
        }
        resolve();
      });
    });
    return lines.length;
  }

  close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return Promise.resolve();
    this.stream = null;
    if (stream.destroyed) {
      // an earlier write error already tore the stream down; 'finish' will never come
      return this.failure ? Promise.reject(this.failure) : Promise.resolve();
    }
    const tail = this.buffered.splice(0);

    return new Promise<void>((resolve, reject) => {
      const onFinish = () => {
        cleanup();
        resolve();
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        stream.off('finish', onFinish);
        stream.off('error', onError);
      };
      stream.once('finish', onFinish);
      stream.once('error', onError);
      if (tail.length > 0) {
        stream.end(tail.join('\n') + '\n', 'utf8');
      } else {
        stream.end();
      }
    });
  }

  private requireStream(): WriteStream {
    if (this.failure) throw this.failure;
    if (!this.stream) throw new Error(`lock log ${this.path} is not open`);
    return this.stream;
  }
}

export async function archiveShift(log: LockChamberLog, cycles: LockCycle[]): Promise<number> {
  let written = 0;
  log.open();
  try {
    for (const cycle of cycles) {
      if (log.record(cycle)) {
        written += await log.flush();
      }
    }
    written += await log.flush();
  } finally {
    await log.close();
  }
  return written;
}
