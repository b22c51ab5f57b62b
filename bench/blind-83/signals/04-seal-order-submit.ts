// expect: no-swallowed-abort
// submitStampingOrder wraps every failure, the caller's abort included, in a StampingOrderError, so the UI's AbortError check never matches and a cancel is reported as a failed order.
import { setTimeout as delay } from 'node:timers/promises';

export interface SealOrder {
  customer: string;
  design: 'monogram' | 'crest' | 'botanical' | 'custom';
  waxColour: string;
  quantity: number;
  engravingText?: string;
}

export interface OrderReceipt {
  orderId: string;
  estimatedDispatch: string;
  totalPence: number;
}

export class StampingOrderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StampingOrderError';
  }
}

const ORDER_ENDPOINT = 'https://sealworks.example.com/orders';
const PRICE_PENCE: Record<SealOrder['design'], number> = { monogram: 1800, crest: 2600, botanical: 2200, custom: 4500 };

export function quote(order: SealOrder): number {
  const engraving = order.engravingText ? 350 + order.engravingText.length * 40 : 0;
  const discount = order.quantity >= 10 ? 0.9 : 1;
  return Math.round((PRICE_PENCE[order.design] + engraving) * order.quantity * discount);
}

function validate(order: SealOrder): void {
  if (order.quantity < 1) throw new StampingOrderError('quantity must be at least one');
  if (order.design === 'custom' && !order.engravingText) {
    throw new StampingOrderError('custom designs need engraving text');
  }
}

async function postOnce(order: SealOrder, signal: AbortSignal): Promise<OrderReceipt> {
  const res = await fetch(ORDER_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...order, quotedPence: quote(order) }),
    signal,
  });
  if (res.status === 503) throw Object.assign(new Error('press busy'), { retryable: true });
  if (!res.ok) throw new Error(`order rejected: ${res.status}`);
  return (await res.json()) as OrderReceipt;
}

function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { retryable?: boolean }).retryable === true;
}

export async function submitStampingOrder(order: SealOrder, signal: AbortSignal): Promise<OrderReceipt> {
  validate(order);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await postOnce(order, signal);
      } catch (err) {
        if (!isRetryable(err) || attempt === 3) throw err;
        await delay(attempt * 800, undefined, { signal });
      }
    }
  } catch (err) {
    throw new StampingOrderError(`could not place order for ${order.customer}`, { cause: err });
  }
}
