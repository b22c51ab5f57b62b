// expect: no-uncalled-async-function
// Bug: close() does `await this.flush` without calling it, so buffered passenger rows are never written before the file handle closes.
import { open, type FileHandle } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface PassengerRecord {
  ticketId: string;
  sailingId: string;
  surname: string;
  vehicleReg?: string;
  boardedAt: Date;
}

export class ManifestWriter extends EventEmitter {
  private buffer: PassengerRecord[] = [];
  private handle: FileHandle | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly flushEvery = 50,
    private readonly flushIntervalMs = 5_000,
  ) {
    super();
  }

  async openManifest(): Promise<void> {
    this.handle = await open(this.path, 'a');
    this.timer = setInterval(() => {
      this.flush().catch((err) => this.emit('error', err));
    }, this.flushIntervalMs);
  }

  record(passenger: PassengerRecord): void {
    this.buffer.push(passenger);
    if (this.buffer.length >= this.flushEvery) {
      this.flush().catch((err) => this.emit('error', err));
    }
  }

  async flush(): Promise<void> {
    if (!this.handle || this.buffer.length === 0) return;
    const rows = this.buffer.splice(0, this.buffer.length);
    const handle = this.handle;
    const chunk = rows.map(toCsvRow).join('');
    // Chain writes so rows land in boarding order even if flushes overlap.
    this.writing = this.writing.then(() => handle.appendFile(chunk, 'utf8').then(() => undefined));
    await this.writing;
    this.emit('flushed', rows.length);
  }

  async close(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
    await this.flush;
    await this.writing;
    await this.handle?.sync();
    await this.handle?.close();
    this.handle = null;
    this.emit('closed');
  }
}

function toCsvRow(p: PassengerRecord): string {
  const cols = [p.ticketId, p.sailingId, p.surname, p.vehicleReg ?? '', p.boardedAt.toISOString()];
  return cols.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\n';
}

export async function closeSailing(writer: ManifestWriter, sailingId: string, notify: (sailingId: string) => Promise<void>): Promise<void> {
  await writer.close();
  await notify(sailingId);
}
