// expect: no-uncalled-async-function
// exportSeason's finally block does `await writer.flush` without calling it, which just awaits the function object, so the last buffered dive records are never written and the export file is silently truncated.
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

export interface DiveRecord {
  diver: string;
  date: string;
  site: string;
  maxDepthM: number;
  pearls: Array<{ grade: 'A' | 'B' | 'C'; mm: number }>;
}

export class NdjsonWriter {
  private buffer: string[] = [];
  private written = 0;

  private constructor(private readonly fh: FileHandle, private readonly highWater: number) {}

  static async create(path: string, highWater = 64): Promise<NdjsonWriter> {
    return new NdjsonWriter(await open(path, 'w'), highWater);
  }

  async write(record: unknown): Promise<void> {
    this.buffer.push(JSON.stringify(record));
    if (this.buffer.length >= this.highWater) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    await this.fh.appendFile(chunk, 'utf8');
    this.written += chunk.length;
  }

  async close(): Promise<number> {
    await this.fh.close();
    return this.written;
  }
}

export async function* diveRecords(source: AsyncIterable<DiveRecord>, minDepthM: number): AsyncGenerator<DiveRecord> {
  for await (const rec of source) {
    if (rec.maxDepthM >= minDepthM && rec.pearls.length > 0) yield rec;
  }
}

export async function exportSeason(source: AsyncIterable<DiveRecord>, path: string): Promise<{ records: number; bytes: number }> {
  const writer = await NdjsonWriter.create(path);
  let records = 0;
  let bytes = 0;
  try {
    for await (const rec of diveRecords(source, 5)) {
      await writer.write({
        ...rec,
        gradeA: rec.pearls.filter((p) => p.grade === 'A').length,
      });
      records++;
    }
  } finally {
    await writer.flush;
    bytes = await writer.close();
  }
  return { records, bytes };
}
