// expect: none
// statLedger returns after each settle, and readLedger settles once on 'end' or on 'error' from the read stream.
import { createReadStream, stat, type Stats } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export type DropBin = 'A' | 'B' | 'overflow';

export interface DropEvent {
  dropId: string;
  barcode: string;
  bin: DropBin;
  at: Date;
}

const BINS: readonly DropBin[] = ['A', 'B', 'overflow'];

function parseLine(line: string): DropEvent | null {
  // 2024-03-02T18:44:10Z|DROP-EAST|31234001122334|B
  const parts = line.trim().split('|');
  if (parts.length !== 4) return null;
  const [ts, dropId, barcode, bin] = parts;
  const at = new Date(ts);
  if (Number.isNaN(at.getTime()) || !/^\d{14}$/.test(barcode)) return null;
  if (!BINS.includes(bin as DropBin)) return null;
  return { dropId, barcode, bin: bin as DropBin, at };
}

function statLedger(file: string): Promise<Stats | null> {
  return new Promise((resolve, reject) => {
    stat(file, (err, st) => {
      if (err) {
        if (err.code === 'ENOENT') return resolve(null);
        return reject(err);
      }
      resolve(st);
    });
  });
}

export function readLedger(file: string, fromByte = 0): Promise<{ events: DropEvent[]; nextOffset: number }> {
  return new Promise((resolve, reject) => {
    const events: DropEvent[] = [];
    const decoder = new StringDecoder('utf8');
    let carry = '';
    let bytesRead = 0;

    const stream = createReadStream(file, { start: fromByte, highWaterMark: 64 * 1024 });

    stream.on('data', (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      bytesRead += buf.length;
      const lines = (carry + decoder.write(buf)).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) {
        const ev = parseLine(line);
        if (ev) events.push(ev);
      }
    });
    stream.on('end', () => {
      carry += decoder.end();
      // leave a half-written trailing line for the next poll
      const nextOffset = fromByte + bytesRead - Buffer.byteLength(carry);
      resolve({ events, nextOffset });
    });
    stream.on('error', reject);
  });
}

export class BookDropPoller {
  private offset = 0;
  private lastSize = -1;

  constructor(private readonly ledgerFile: string) {}

  async poll(): Promise<DropEvent[]> {
    const st = await statLedger(this.ledgerFile);
    if (!st) return [];
    if (st.size < this.offset) {
      // ledger rotated overnight
      this.offset = 0;
    }
    if (st.size === this.lastSize) return [];
    this.lastSize = st.size;

    const { events, nextOffset } = await readLedger(this.ledgerFile, this.offset);
    this.offset = nextOffset;
    return events;
  }
}
