// expect: none
// Every callback branch returns right after it settles (the ENOENT branch uses else), so the rotate-and-append executor settles exactly once.
import { appendFile, rename, stat } from 'node:fs';

export interface EscapementReading {
  clockId: string;
  beatErrorMs: number;
  amplitudeDeg: number;
  ratePerDaySec: number;
  measuredBy: string;
}

declare const guildPaths: { logFile(workshop: string): string; archiveFile(workshop: string, stamp: string): string };

const MAX_LOG_BYTES = 2 * 1024 * 1024;

function formatReading(r: EscapementReading): string {
  const rate = r.ratePerDaySec >= 0 ? `+${r.ratePerDaySec}` : `${r.ratePerDaySec}`;
  return [new Date().toISOString(), r.clockId, r.beatErrorMs.toFixed(1), r.amplitudeDeg, rate, r.measuredBy].join('\t') + '\n';
}

function rotateIfLarge(workshop: string): Promise<boolean> {
  const logFile = guildPaths.logFile(workshop);
  return new Promise<boolean>((resolve, reject) => {
    stat(logFile, (statErr, info) => {
      if (statErr) {
        if (statErr.code === 'ENOENT') {
          resolve(false);
        } else {
          reject(statErr);
        }
        return;
      }
      if (info.size < MAX_LOG_BYTES) {
        resolve(false);
        return;
      }
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      rename(logFile, guildPaths.archiveFile(workshop, stamp), (renameErr) => {
        if (renameErr) {
          reject(renameErr);
          return;
        }
        resolve(true);
      });
    });
  });
}

function appendLine(workshop: string, line: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    appendFile(guildPaths.logFile(workshop), line, 'utf8', (err) => {
      if (err) return reject(err);
      resolve();
    });
  });
}

export class EscapementLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly workshop: string) {}

  /** Appends are chained so rotation never races a concurrent write. */
  record(reading: EscapementReading): Promise<void> {
    if (Math.abs(reading.beatErrorMs) > 20) {
      return Promise.reject(new RangeError(`beat error ${reading.beatErrorMs}ms is implausible for ${reading.clockId}`));
    }
    const line = formatReading(reading);
    const next = this.queue.then(async () => {
      await rotateIfLarge(this.workshop);
      await appendLine(this.workshop, line);
    });
    // Keep the chain alive after a failed write; the caller still sees the rejection via `next`.
    this.queue = next.catch(() => undefined);
    return next;
  }

  async recordAll(readings: EscapementReading[]): Promise<number> {
    let written = 0;
    for (const reading of readings) {
      await this.record(reading);
      written++;
    }
    return written;
  }
}
