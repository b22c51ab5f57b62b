// expect: no-read-before-settle
// importOrders registers the readline 'line' handler and then immediately passes the orders array to insertMany, before any line has been read, so nothing is imported.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface FrameOrderRow {
  orderId: string;
  customerEmail: string;
  frame: 'lap-hoop' | 'q-snap' | 'longarm-10ft' | 'longarm-12ft';
  quantity: number;
  unitPriceCents: number;
}

export interface ImportSummary {
  file: string;
  imported: number;
  rejected: { line: number; reason: string }[];
}

declare const orderRepo: {
  insertMany(rows: FrameOrderRow[]): Promise<number>;
};

declare const importLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

const FRAMES = new Set<FrameOrderRow['frame']>(['lap-hoop', 'q-snap', 'longarm-10ft', 'longarm-12ft']);

function parseRow(line: string): FrameOrderRow | string {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length !== 5) return `expected 5 columns, got ${cols.length}`;
  const [orderId, customerEmail, frame, qty, price] = cols;
  if (!/^QF-\d{6}$/.test(orderId)) return `bad order id ${orderId}`;
  if (!customerEmail.includes('@')) return `bad email ${customerEmail}`;
  if (!FRAMES.has(frame as FrameOrderRow['frame'])) return `unknown frame ${frame}`;
  const quantity = Number(qty);
  const unitPriceCents = Math.round(Number(price) * 100);
  if (!Number.isInteger(quantity) || quantity <= 0) return `bad quantity ${qty}`;
  if (!Number.isFinite(unitPriceCents) || unitPriceCents <= 0) return `bad price ${price}`;
  return { orderId, customerEmail, frame: frame as FrameOrderRow['frame'], quantity, unitPriceCents };
}

export async function importOrders(file: string): Promise<ImportSummary> {
  const rl = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const orders: FrameOrderRow[] = [];
  const rejected: ImportSummary['rejected'] = [];
  let lineNo = 0;

  rl.on('line', (line) => {
    lineNo++;
    if (lineNo === 1 || line.trim() === '') return;
    const parsed = parseRow(line);
    if (typeof parsed === 'string') {
      rejected.push({ line: lineNo, reason: parsed });
    } else {
      orders.push(parsed);
    }
  });
  rl.once('error', (err) => {
    importLog.error('order import stream failed', { file, err });
  });

  const imported = await orderRepo.insertMany(orders);
  importLog.info('frame orders imported', { file, imported, rejected: rejected.length });
  return { file, imported, rejected };
}
