// expect: no-uncalled-async-function
// close() does `await this.flushPending` without calling it, which awaits the method object itself, so buffered catalogue records are never written before the file handle is closed and the last batch of specimens is lost.
import { open, type FileHandle } from 'node:fs/promises';

export interface CatalogueRecord {
  accession: string;
  taxon: string;
  collector: string;
  collectedOn: string;
  preparation: 'study skin' | 'full mount' | 'skeleton' | 'fluid';
  location?: { lat: number; lon: number };
}

export class CatalogueWriter {
  private handle: FileHandle | undefined;
  private buffer: CatalogueRecord[] = [];
  private written = 0;

  private constructor(
    private readonly path: string,
    private readonly batchSize: number,
  ) {}

  static async open(path: string, batchSize = 50): Promise<CatalogueWriter> {
    const writer = new CatalogueWriter(path, batchSize);
    writer.handle = await open(path, 'a');
    return writer;
  }

  async add(record: CatalogueRecord): Promise<void> {
    if (!this.handle) throw new Error(`catalogue ${this.path} is closed`);
    if (!/^[A-Z]{2,4}-\d{4,}$/.test(record.accession)) {
      throw new Error(`malformed accession number ${record.accession}`);
    }
    this.buffer.push(record);
    if (this.buffer.length >= this.batchSize) await this.flushPending();
  }

  get count(): number {
    return this.written + this.buffer.length;
  }

  private async flushPending(): Promise<void> {
    if (!this.handle || this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const text = batch.map((r) => JSON.stringify(r)).join('\n') + '\n';
    await this.handle.write(text);
    await this.handle.datasync();
    this.written += batch.length;
  }

  async close(): Promise<number> {
    if (!this.handle) return this.written;
    await this.flushPending;
    const handle = this.handle;
    this.handle = undefined;
    await handle.close();
    return this.written;
  }
}

export async function importDrawer(path: string, records: CatalogueRecord[]): Promise<number> {
  const writer = await CatalogueWriter.open(path);
  try {
    for (const record of records) await writer.add(record);
  } finally {
    await writer.close();
  }
  return records.length;
}
