// expect: none
// orderPart hands its signal to every fetch and every backoff sleep, and its catch rethrows immediately once the signal is aborted; printWorkOrder passes the same signal to execFile, so cancelling the bench ticket stops all of it.
import { setTimeout as sleep } from 'node:timers/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface PartRequest {
  calibre: string;
  partNo: string;
  qty: number;
  jobId: string;
}

export interface OrderConfirmation {
  orderId: string;
  etaDays: number;
}

export interface OrderOptions {
  endpoint: string;
  apiKey: string;
  signal: AbortSignal;
  attempts?: number;
}

class SupplierRejection extends Error {}

function backoffMs(attempt: number): number {
  return Math.min(8000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

export async function orderPart(part: PartRequest, opts: OrderOptions): Promise<OrderConfirmation> {
  const { signal, attempts = 4 } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${opts.endpoint}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiKey}` },
        body: JSON.stringify(part),
        signal,
      });
      if (res.status >= 500 && attempt < attempts) {
        await sleep(backoffMs(attempt), undefined, { signal });
        continue;
      }
      if (!res.ok) throw new SupplierRejection(`supplier rejected ${part.partNo} x${part.qty}: HTTP ${res.status}`);
      return (await res.json()) as OrderConfirmation;
    } catch (err) {
      if (signal.aborted || err instanceof SupplierRejection || attempt >= attempts) throw err;
      await sleep(backoffMs(attempt), undefined, { signal });
    }
  }
}

export async function printWorkOrder(part: PartRequest, confirmation: OrderConfirmation, signal: AbortSignal): Promise<void> {
  const text = [
    `Job ${part.jobId}`,
    `Calibre ${part.calibre}: ${part.qty} x ${part.partNo}`,
    `Supplier order ${confirmation.orderId}, ETA ${confirmation.etaDays} days`,
  ].join('\n');
  await execFileAsync('lp', ['-d', 'bench-printer', '-t', `job-${part.jobId}`, '-o', `page-label=${text.replace(/\n/g, ' | ')}`], {
    signal,
    timeout: 15_000,
  });
}

export async function orderAndPrint(part: PartRequest, opts: OrderOptions): Promise<OrderConfirmation> {
  const confirmation = await orderPart(part, opts);
  await printWorkOrder(part, confirmation, opts.signal);
  return confirmation;
}
