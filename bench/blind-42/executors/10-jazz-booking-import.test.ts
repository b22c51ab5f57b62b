// expect: none
// importBookings resolves on readline 'close' and rejects on the interface's forwarded 'error' after detaching the close handler, so it settles once.
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Booking {
  night: string;
  act: string;
  sets: number;
  guaranteeUsd: number;
}

interface ImportResult {
  bookings: Booking[];
  rejected: Array<{ line: number; reason: string }>;
}

function parseBooking(raw: string): Booking {
  const [night, act, sets, guarantee] = raw.split('|').map((s) => s.trim());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(night ?? '')) throw new Error('bad night');
  if (!act) throw new Error('missing act');
  const setCount = Number(sets);
  if (!Number.isInteger(setCount) || setCount < 1 || setCount > 3) throw new Error('bad set count');
  return { night, act, sets: setCount, guaranteeUsd: Number(guarantee ?? 0) };
}

export function importBookings(input: Readable): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    const rl = createInterface({ input, crlfDelay: Infinity });
    const result: ImportResult = { bookings: [], rejected: [] };
    let lineNo = 0;

    const onClose = () => {
      rl.off('error', onError);
      resolve(result);
    };
    const onError = (err: Error) => {
      rl.off('close', onClose);
      rl.close();
      reject(err);
    };

    rl.on('line', (raw) => {
      lineNo++;
      if (!raw.trim() || raw.startsWith('#')) return;
      try {
        result.bookings.push(parseBooking(raw));
      } catch (err) {
        result.rejected.push({ line: lineNo, reason: (err as Error).message });
      }
    });
    rl.once('close', onClose);
    // readline re-emits input stream errors on the interface itself
    rl.once('error', onError);
  });
}

describe('importBookings', () => {
  it('parses a clean roster', async () => {
    const input = Readable.from(['# night | act | sets | guarantee\n', '2025-03-14 | Blue Lantern Trio | 2 | 900\n', '2025-03-15 | Mara Quist Quartet | 3 | 1400\n']);
    const { bookings, rejected } = await importBookings(input);
    expect(bookings).toHaveLength(2);
    expect(rejected).toHaveLength(0);
    expect(bookings[1].act).toBe('Mara Quist Quartet');
  });

  it('reports malformed rows with their line numbers', async () => {
    const input = Readable.from(['2025-03-14 | Blue Lantern Trio | 2 | 900\n', 'next friday | ??? | 9 | 0\n']);
    const { rejected } = await importBookings(input);
    expect(rejected).toEqual([{ line: 2, reason: 'bad night' }]);
  });

  it('rejects when the upload stream fails', async () => {
    const input = new Readable({
      read() {
        this.destroy(new Error('upload truncated'));
      },
    });
    await expect(importBookings(input)).rejects.toThrow('upload truncated');
  });
});
