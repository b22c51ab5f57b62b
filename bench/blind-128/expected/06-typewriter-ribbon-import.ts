// expect: no-uncalled-async-function
// importOrders awaits `this.warehouse.ready`, which is an async method rather than a readiness promise, so the session is never opened before the orders are written.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface RibbonOrderRow {
  orderNo: string;
  typewriterModel: string;
  ribbonSpec: string;
  qty: number;
}

export interface WarehouseSession {
  ready(): Promise<void>;
  reserve(spec: string, qty: number): Promise<{ binId: string } | null>;
  close(): Promise<void>;
}

export interface ImportResult {
  reserved: { orderNo: string; binId: string }[];
  backordered: string[];
  malformed: number;
}

const SPEC_BY_MODEL: Record<string, string> = {
  'Olympia SM3': '13mm-universal-spool',
  'Hermes 3000': '13mm-universal-spool',
  'IBM Selectric II': 'selectric-correctable',
  'Smith-Corona Sterling': 'twin-spool-13mm',
};

function parseRow(line: string): RibbonOrderRow | null {
  const [orderNo, model, spec, qty] = line.split('\t');
  const n = Number(qty);
  if (!orderNo || !model || !Number.isInteger(n) || n < 1) return null;
  return { orderNo, typewriterModel: model, ribbonSpec: spec || SPEC_BY_MODEL[model] || '', qty: n };
}

export class RibbonOrderImporter {
  constructor(private readonly warehouse: WarehouseSession) {}

  async importOrders(tsvPath: string): Promise<ImportResult> {
    await this.warehouse.ready;

    const result: ImportResult = { reserved: [], backordered: [], malformed: 0 };
    const rl = createInterface({ input: createReadStream(tsvPath, 'utf8'), crlfDelay: Infinity });
    let header = true;
    for await (const line of rl) {
      if (header) {
        header = false;
        continue;
      }
      const row = parseRow(line);
      if (!row || !row.ribbonSpec) {
        result.malformed++;
        continue;
      }
      const bin = await this.warehouse.reserve(row.ribbonSpec, row.qty);
      if (bin) result.reserved.push({ orderNo: row.orderNo, binId: bin.binId });
      else result.backordered.push(row.orderNo);
    }
    return result;
  }

  async importAndClose(tsvPath: string): Promise<ImportResult> {
    try {
      return await this.importOrders(tsvPath);
    } finally {
      await this.warehouse.close();
    }
  }
}
