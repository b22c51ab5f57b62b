// expect: no-swallowed-abort
// The export catch wraps every non-retryable error, including the AbortError from fetch, in ExportFailedError, so a cancelled export is recorded as a failed order.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MarbledSheet {
  sku: string;
  pattern: 'stone' | 'nonpareil' | 'peacock' | 'chevron' | 'bouquet';
  paper: string;
  widthMm: number;
  heightMm: number;
}

export interface StudioOrder {
  id: string;
  bindery: string;
  sheets: Array<{ sheet: MarbledSheet; quantity: number }>;
  dueBy: string;
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly body: string) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

export class ExportFailedError extends Error {
  constructor(readonly orderId: string, cause: unknown) {
    super(`export of order ${orderId} failed`, { cause });
    this.name = 'ExportFailedError';
  }
}

declare const BINDERY_ENDPOINT: string;
declare const orderBook: {
  markExported(orderId: string, reference: string): Promise<void>;
  markFailed(orderId: string, reason: string): Promise<void>;
};

const MAX_ATTEMPTS = 4;

function toPayload(order: StudioOrder) {
  return {
    reference: order.id,
    dueBy: order.dueBy,
    lines: order.sheets.map(({ sheet, quantity }) => ({
      sku: sheet.sku,
      description: `${sheet.pattern} on ${sheet.paper}, ${sheet.widthMm}×${sheet.heightMm}mm`,
      quantity,
    })),
  };
}

export async function exportOrder(order: StudioOrder, signal: AbortSignal): Promise<string> {
  const body = JSON.stringify(toPayload(order));
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${BINDERY_ENDPOINT}/${encodeURIComponent(order.bindery)}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal,
      });
      if (!res.ok) throw new HttpError(res.status, await res.text());
      const { reference } = (await res.json()) as { reference: string };
      return reference;
    } catch (err) {
      const retryable = err instanceof HttpError && (err.status === 429 || err.status >= 500);
      if (retryable && attempt < MAX_ATTEMPTS) {
        await sleep(250 * 2 ** attempt, undefined, { signal });
        continue;
      }
      throw new ExportFailedError(order.id, err);
    }
  }
}

export async function exportDueOrders(orders: StudioOrder[], signal: AbortSignal): Promise<{ exported: number; failed: number }> {
  let exported = 0;
  let failed = 0;
  for (const order of orders) {
    try {
      const reference = await exportOrder(order, signal);
      await orderBook.markExported(order.id, reference);
      exported++;
    } catch (err) {
      if (!(err instanceof ExportFailedError)) throw err;
      await orderBook.markFailed(order.id, String(err.cause));
      failed++;
    }
  }
  return { exported, failed };
}
