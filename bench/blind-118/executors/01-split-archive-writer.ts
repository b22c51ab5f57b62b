// expect: no-multiple-settle
// The write promise resolves only on 'finish'; a stream 'error' is merely logged, so on a failed write (disk full, EACCES) the promise never settles.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface SplitTime {
  crew: string;
  lane: number;
  markerMeters: number;
  elapsedMs: number;
}

export interface ArchiveLogger {
  info(message: string): void;
  warn(message: string): void;
}

function formatElapsed(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  const hundredths = Math.floor((ms % 1000) / 10);
  return `${minutes}:${String(seconds).padStart(2, '0')}.${String(hundredths).padStart(2, '0')}`;
}

function csvEscape(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsvRow(split: SplitTime): string {
  return [
    csvEscape(split.crew),
    String(split.lane),
    String(split.markerMeters),
    formatElapsed(split.elapsedMs),
  ].join(',') + '\n';
}

export class SplitArchiveWriter {
  constructor(
    private readonly dir: string,
    private readonly log: ArchiveLogger,
  ) {}

  async archiveRace(raceId: string, splits: SplitTime[]): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${raceId.replace(/[^\w-]/g, '_')}.csv`);
    const ordered = [...splits].sort(
      (a, b) => a.markerMeters - b.markerMeters || a.elapsedMs - b.elapsedMs,
    );
    const rows = await this.writeRows(file, ordered);
    this.log.info(`archived ${rows} splits for ${raceId} to ${file}`);
    return file;
  }

  private writeRows(file: string, splits: SplitTime[]): Promise<number> {
    return new Promise((resolve) => {
      const out = createWriteStream(file, { flags: 'w', encoding: 'utf8' });
      let written = 0;

      out.on('error', (err) => {
        this.log.warn(`split archive ${file} failed: ${err.message}`);
      });
      out.on('finish', () => resolve(written));

      out.write('crew,lane,marker_m,elapsed\n');
      for (const split of splits) {
        out.write(toCsvRow(split));
        written += 1;
      }
      out.end();
    });
  }
}
