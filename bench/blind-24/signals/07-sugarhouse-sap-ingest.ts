// expect: require-signal-propagation
// ingestTankLog checks ctx.signal once before starting but runs stream pipeline without it, so an abort never stops the read/parse/write.
import { createReadStream, createWriteStream } from 'node:fs';
import { basename, join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface IngestContext {
  signal: AbortSignal;
  outDir: string;
  seasonYear: number;
  log: (msg: string) => void;
}

interface SapReading {
  tankId: string;
  at: string;
  litres: number;
  brix: number;
}

export interface IngestSummary {
  file: string;
  rows: number;
  rejected: number;
  totalLitres: number;
  weightedBrix: number;
}

class TankLogParser extends Transform {
  private pending = '';
  rows = 0;
  rejected = 0;
  totalLitres = 0;
  private brixLitres = 0;

  constructor(private readonly seasonYear: number) {
    super({ readableObjectMode: false, writableObjectMode: false });
  }

  get weightedBrix(): number {
    return this.totalLitres > 0 ? this.brixLitres / this.totalLitres : 0;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const lines = (this.pending + chunk.toString('utf8')).split(/\r?\n/);
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.handleLine(line);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.pending) this.handleLine(this.pending);
    done();
  }

  private handleLine(line: string): void {
    if (!line || line.startsWith('#') || line.startsWith('tank_id')) return;
    const [tankId, at, litresRaw, brixRaw] = line.split(',');
    const litres = Number(litresRaw);
    const brix = Number(brixRaw);
    // Refractometer glitches show up as 0 or >12 °Bx; maple sap never reads that.
    if (!tankId || !at?.startsWith(String(this.seasonYear)) || !(litres > 0) || !(brix > 0 && brix < 12)) {
      this.rejected++;
      return;
    }
    this.rows++;
    this.totalLitres += litres;
    this.brixLitres += brix * litres;
    const reading: SapReading = { tankId, at, litres, brix };
    this.push(JSON.stringify(reading) + '\n');
  }
}

export async function ingestTankLog(csvPath: string, ctx: IngestContext): Promise<IngestSummary> {
  ctx.signal.throwIfAborted();

  const outPath = join(ctx.outDir, basename(csvPath).replace(/\.csv$/i, '.ndjson'));
  const parser = new TankLogParser(ctx.seasonYear);

  await pipeline(
    createReadStream(csvPath, { highWaterMark: 256 * 1024 }),
    parser,
    createWriteStream(outPath, { flags: 'w' }),
  );

  ctx.log(`${basename(csvPath)}: ${parser.rows} rows, ${parser.rejected} rejected`);
  return {
    file: outPath,
    rows: parser.rows,
    rejected: parser.rejected,
    totalLitres: Math.round(parser.totalLitres),
    weightedBrix: Number(parser.weightedBrix.toFixed(2)),
  };
}

export async function ingestSeason(csvPaths: readonly string[], ctx: IngestContext): Promise<IngestSummary[]> {
  const summaries: IngestSummary[] = [];
  for (const path of csvPaths) {
    summaries.push(await ingestTankLog(path, ctx));
  }
  return summaries;
}
