// expect: none
// The price-list stream rejects on 'error' (including the destroy on oversize input) and resolves on 'end', so every path settles exactly once.
import { createReadStream } from 'node:fs';

export interface InkPrice {
  sku: string;
  pigment: string;
  bottleMl: number;
  priceCents: number;
}

export interface PriceList {
  supplier: string;
  prices: InkPrice[];
  rejectedRows: number;
}

export class PriceListTooLargeError extends Error {
  constructor(readonly path: string, readonly limitBytes: number) {
    super(`price list ${path} exceeds ${limitBytes} bytes`);
    this.name = 'PriceListTooLargeError';
  }
}

function parseRow(row: string): InkPrice | null {
  const cols = row.split(';').map((c) => c.trim());
  if (cols.length < 4) return null;
  const [sku, pigment, ml, price] = cols;
  const bottleMl = Number.parseInt(ml, 10);
  const priceCents = Math.round(Number.parseFloat(price.replace(',', '.')) * 100);
  if (!sku || !Number.isFinite(bottleMl) || !Number.isFinite(priceCents)) return null;
  return { sku, pigment, bottleMl, priceCents };
}

export class SupplierPriceListReader {
  constructor(private readonly maxBytes = 2 * 1024 * 1024) {}

  read(supplier: string, path: string): Promise<PriceList> {
    return new Promise<PriceList>((resolve, reject) => {
      const stream = createReadStream(path, { encoding: 'utf8' });
      const prices: InkPrice[] = [];
      let rejectedRows = 0;
      let bytes = 0;
      let carry = '';
      let headerSeen = false;

      const handleRow = (row: string): void => {
        if (!row.trim()) return;
        if (!headerSeen) {
          headerSeen = true;
          return;
        }
        const price = parseRow(row);
        if (price) prices.push(price);
        else rejectedRows++;
      };

      stream.on('data', (chunk: string | Buffer) => {
        const text = String(chunk);
        bytes += Buffer.byteLength(text);
        if (bytes > this.maxBytes) {
          stream.destroy(new PriceListTooLargeError(path, this.maxBytes));
          return;
        }
        const rows = (carry + text).split(/\r?\n/);
        carry = rows.pop() ?? '';
        rows.forEach(handleRow);
      });

      stream.once('error', (err) => {
        reject(err);
      });

      stream.once('end', () => {
        handleRow(carry);
        resolve({ supplier, prices, rejectedRows });
      });
    });
  }

  cheapestPerMl(list: PriceList, pigment: string): InkPrice | undefined {
    return list.prices
      .filter((p) => p.pigment.toLowerCase() === pigment.toLowerCase())
      .sort((a, b) => a.priceCents / a.bottleMl - b.priceCents / b.bottleMl)[0];
  }
}
