// expect: no-multiple-settle
// resolve() runs inside the try before index.add(), so a duplicate-order error thrown afterwards lands in the catch, which deletes the freshly written imposition file and calls reject() on an already-resolved promise; the caller is told the file exists when it has just been removed.
import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface SignatureSheet {
  signature: number;
  pages: number[];
}

export interface BindingOrder {
  id: string;
  title: string;
  trim: { widthMm: number; heightMm: number };
  sheets: SignatureSheet[];
}

export interface ImpositionIndex {
  add(orderId: string, file: string): void;
  has(orderId: string): boolean;
}

export interface WrittenImposition {
  orderId: string;
  file: string;
  signatures: number;
}

function sheetLine(order: BindingOrder, sheet: SignatureSheet): string {
  const folded = sheet.pages.map((p) => String(p).padStart(3, '0')).join(' ');
  return `${order.id}\tsig ${sheet.signature}\t${order.trim.widthMm}x${order.trim.heightMm}\t${folded}\n`;
}

export class ImpositionWriter {
  constructor(
    private readonly outDir: string,
    private readonly index: ImpositionIndex,
  ) {}

  write(order: BindingOrder): Promise<WrittenImposition> {
    const file = join(this.outDir, `${order.id}.imp`);
    return new Promise<WrittenImposition>((resolve, reject) => {
      const out = createWriteStream(file, { flags: 'w' });

      out.once('error', (err) => {
        rmSync(file, { force: true });
        reject(err);
      });

      out.once('finish', () => {
        try {
          resolve({ orderId: order.id, file, signatures: order.sheets.length });
          this.index.add(order.id, file);
        } catch (err) {
          rmSync(file, { force: true });
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });

      out.write(`# ${order.title}\n`);
      for (const sheet of order.sheets) {
        out.write(sheetLine(order, sheet));
      }
      out.end();
    });
  }
}

export async function imposeAll(writer: ImpositionWriter, orders: BindingOrder[]): Promise<string[]> {
  const files: string[] = [];
  for (const order of orders) {
    const { file } = await writer.write(order);
    files.push(file);
  }
  return files;
}
