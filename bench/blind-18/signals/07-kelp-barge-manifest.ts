// expect: none
// The pipeline receives the job's signal, and an aborted export cleans up its partial file and rethrows the original abort.
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export interface HarvestRow {
  bargeId: string;
  bedId: string;
  wetTonnes: number;
  species: 'Macrocystis' | 'Nereocystis' | 'Saccharina';
  landedAt: string;
}

export interface ManifestJob {
  sourceCsv: string;
  destination: string;
  harvestDate: string;
  signal: AbortSignal;
}

class CsvToNdjson extends Transform {
  private carry = '';
  private header: string[] | null = null;
  rows = 0;

  constructor(private readonly harvestDate: string) {
    super({ readableObjectMode: false });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const lines = (this.carry + chunk.toString('utf8')).split('\n');
    this.carry = lines.pop() ?? '';
    for (const line of lines) this.emitLine(line);
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.carry) this.emitLine(this.carry);
    done();
  }

  private emitLine(line: string): void {
    const cells = line.trim().split(',');
    if (cells.length < 5) return;
    if (!this.header) {
      this.header = cells;
      return;
    }
    const [bargeId, bedId, tonnes, species, landedAt] = cells;
    if (!landedAt.startsWith(this.harvestDate)) return;
    const row: HarvestRow = {
      bargeId,
      bedId,
      wetTonnes: Number.parseFloat(tonnes),
      species: species as HarvestRow['species'],
      landedAt,
    };
    this.rows++;
    this.push(JSON.stringify(row) + '\n');
  }
}

export async function exportDailyManifest(job: ManifestJob): Promise<{ rows: number; path: string }> {
  const converter = new CsvToNdjson(job.harvestDate);
  const target = `${job.destination}/kelp-manifest-${job.harvestDate}.ndjson.gz`;

  try {
    await pipeline(createReadStream(job.sourceCsv), converter, createGzip(), createWriteStream(target, { flags: 'w' }), {
      signal: job.signal,
    });
  } catch (err) {
    // A half-written manifest would be picked up by the processor's SFTP poller.
    await rm(target, { force: true });
    throw err;
  }

  return { rows: converter.rows, path: target };
}
