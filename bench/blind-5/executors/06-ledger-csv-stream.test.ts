// expect: none
// Assertions inside the stream listeners run in try/catch blocks that call reject, and 'error'/'end' both settle, so a failing expectation fails the test instead of escaping from the emitter and leaving the promise pending until the test timeout.
import { Readable } from 'node:stream';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>, timeoutMs?: number): void;
declare function expect(actual: unknown): {
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toMatch(re: RegExp): void;
};

interface LedgerRow {
  date: string;
  account: string;
  amountCents: number;
  memo: string;
}

/** Object-mode transform under test: CSV text in, LedgerRow objects out. */
declare function parseLedgerCsv(source: Readable, opts: { currency: 'EUR' | 'USD' }): Readable;

const header = 'date;account;amount;memo\n';

describe('parseLedgerCsv', () => {
  it('emits one row per line and converts decimal commas to cents', () =>
    new Promise<void>((resolve, reject) => {
      const rows: LedgerRow[] = [];
      const csv = header + '2024-03-01;4400;-12,50;Bahn\n2024-03-02;4930;1.204,00;Miete\n2024-03-02;1200;0,99;Zinsen\n';
      const stream = parseLedgerCsv(Readable.from([csv]), { currency: 'EUR' });
      stream.on('data', (row: LedgerRow) => rows.push(row));
      stream.on('error', reject);
      stream.on('end', () => {
        try {
          expect(rows).toHaveLength(3);
          expect(rows[0]).toEqual({ date: '2024-03-01', account: '4400', amountCents: -1250, memo: 'Bahn' });
          expect(rows[1].amountCents).toEqual(120400);
          resolve();
        } catch (err) {
          reject(err);
        }
      });
    }));

  it('fails with the line number of a malformed amount', () =>
    new Promise<void>((resolve, reject) => {
      const csv = header + '2024-03-01;4400;-12,50;Bahn\n2024-03-02;4930;zwölf;Miete\n';
      const stream = parseLedgerCsv(Readable.from([csv]), { currency: 'EUR' });
      stream.resume();
      stream.on('end', () => reject(new Error('expected the parser to fail on line 3')));
      stream.on('error', (err: Error) => {
        try {
          expect(err.message).toMatch(/line 3/);
          resolve();
        } catch (assertion) {
          reject(assertion);
        }
      });
    }));
});
