// expect: no-multiple-settle
// The stream 'error' handler only logs a warning and never rejects, so an unreadable telemetry file leaves the import promise pending forever.
import { createReadStream } from 'node:fs';

export interface CondensationSample {
  kitSerial: string;
  takenAt: Date;
  basinTempC: number;
  coverTempC: number;
  yieldMl: number;
}

export interface ImportSummary {
  samples: CondensationSample[];
  skippedLines: number;
  bytesRead: number;
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
}

function parseLine(line: string): CondensationSample | null {
  const parts = line.split(',');
  if (parts.length !== 5) return null;
  const [kitSerial, ts, basin, cover, yieldMl] = parts;
  const takenAt = new Date(ts);
  if (Number.isNaN(takenAt.getTime())) return null;
  const sample: CondensationSample = {
    kitSerial: kitSerial.trim(),
    takenAt,
    basinTempC: Number(basin),
    coverTempC: Number(cover),
    yieldMl: Number(yieldMl),
  };
  if ([sample.basinTempC, sample.coverTempC, sample.yieldMl].some(Number.isNaN)) return null;
  return sample;
}

export class StillTelemetryImporter {
  constructor(
    private readonly log: Logger,
    private readonly maxSamples = 50_000,
  ) {}

  importFile(path: string): Promise<ImportSummary> {
    return new Promise<ImportSummary>((resolve) => {
      const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 16 * 1024 });
      const samples: CondensationSample[] = [];
      let skippedLines = 0;
      let bytesRead = 0;
      let remainder = '';

      const consume = (line: string): void => {
        if (!line.trim() || line.startsWith('#')) return;
        const sample = parseLine(line);
        if (!sample || samples.length >= this.maxSamples) {
          skippedLines++;
          return;
        }
        samples.push(sample);
      };

      stream.on('data', (chunk: string | Buffer) => {
        const text = String(chunk);
        bytesRead += Buffer.byteLength(text);
        const lines = (remainder + text).split('\n');
        remainder = lines.pop() ?? '';
        for (const line of lines) consume(line);
      });

      stream.on('error', (err) => {
        this.log.warn('still telemetry stream failed', { path, error: err.message });
      });

      stream.on('end', () => {
        if (remainder) consume(remainder);
        this.log.info('still telemetry imported', {
          path,
          samples: samples.length,
          skippedLines,
        });
        resolve({ samples, skippedLines, bytesRead });
      });
    });
  }

  static dailyYield(samples: CondensationSample[]): Map<string, number> {
    const totals = new Map<string, number>();
    for (const s of samples) {
      const key = `${s.kitSerial}:${s.takenAt.toISOString().slice(0, 10)}`;
      totals.set(key, (totals.get(key) ?? 0) + s.yieldMl);
    }
    return totals;
  }
}
