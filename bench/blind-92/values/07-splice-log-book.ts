// expect: none
// `this.vessel` and `this.entries` are assigned inside the .then of the constructor's load, but every method that reads them awaits `this.ready` (that same chain) first.
import { appendFile, readFile } from 'node:fs/promises';

export interface SpliceEntry {
  jointNo: number;
  segment: string;
  fibrePair: number;
  lossDb: number;
  technician: string;
  at: string;
}

interface LogHeader {
  vessel: string;
  cable: string;
  maxLossDb: number;
}

/**
 * Append-only splice log kept in the jointing room during a repair. The
 * header line is written by the ship's system before the repair starts.
 */
export class SpliceLogBook {
  private vessel = '';
  private maxLossDb = 0.1;
  private entries: SpliceEntry[] = [];
  private readonly ready: Promise<void>;

  constructor(private readonly path: string) {
    this.ready = readFile(path, 'utf8').then((text) => {
      const [headerLine, ...rest] = text.split('\n').filter(Boolean);
      const header = JSON.parse(headerLine) as LogHeader;
      this.vessel = header.vessel;
      this.maxLossDb = header.maxLossDb;
      this.entries = rest.map((line) => JSON.parse(line) as SpliceEntry);
    });
    // A load failure is reported by the first method that awaits `ready`.
    this.ready.catch(() => {});
  }

  async record(entry: Omit<SpliceEntry, 'jointNo' | 'at'>): Promise<SpliceEntry> {
    await this.ready;
    const full: SpliceEntry = {
      ...entry,
      jointNo: this.entries.length + 1,
      at: new Date().toISOString(),
    };
    await appendFile(this.path, JSON.stringify(full) + '\n');
    this.entries.push(full);
    return full;
  }

  async outOfSpec(): Promise<SpliceEntry[]> {
    await this.ready;
    return this.entries.filter((e) => e.lossDb > this.maxLossDb);
  }

  async summary(): Promise<string> {
    await this.ready;
    const bad = this.entries.filter((e) => e.lossDb > this.maxLossDb).length;
    const worst = this.entries.reduce((m, e) => Math.max(m, e.lossDb), 0);
    return `${this.vessel}: ${this.entries.length} splices, worst ${worst.toFixed(3)} dB, ${bad} to redo`;
  }
}

export async function closeOutRepair(book: SpliceLogBook, notify: (text: string) => Promise<void>) {
  const redo = await book.outOfSpec();
  if (redo.length > 0) {
    const list = redo.map((e) => `#${e.jointNo} ${e.segment}/fp${e.fibrePair} ${e.lossDb} dB`).join(', ');
    await notify(`Cannot close out: re-splice ${list}`);
    return false;
  }
  await notify(await book.summary());
  return true;
}
