// expect: none
// withRetry takes a factory and calls it again on each attempt, so every retry issues a fresh weigh-bridge request instead of re-awaiting the failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WeighBridge {
  ticket(truckId: string): Promise<{ grossKg: number; tareKg: number; ticketNo: string }>;
}

export interface DeliveryTicket {
  truckId: string;
  bed: string;
  netKg: number;
  ticketNo: string;
  attempts: number;
}

export interface RetryOptions {
  attempts: number;
  delayMs: number;
  isRetryable?: (err: unknown) => boolean;
}

export async function withRetry<T>(op: () => Promise<T>, { attempts, delayMs, isRetryable = () => true }: RetryOptions): Promise<{ value: T; attempts: number }> {
  let lastErr: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return { value: await op(), attempts: attempt };
    } catch (err) {
      lastErr = err;
      if (attempt === attempts || !isRetryable(err)) break;
      await sleep(delayMs * attempt);
    }
  }
  throw lastErr;
}

function isBridgeBusy(err: unknown): boolean {
  return err instanceof Error && /busy|unstable|settling/i.test(err.message);
}

export async function weighDelivery(bridge: WeighBridge, truckId: string, bed: string): Promise<DeliveryTicket> {
  const { value, attempts } = await withRetry(() => bridge.ticket(truckId), {
    attempts: 5,
    delayMs: 2_000,
    isRetryable: isBridgeBusy,
  });
  const netKg = value.grossKg - value.tareKg;
  if (netKg <= 0) {
    throw new Error(`truck ${truckId} weighed empty (ticket ${value.ticketNo})`);
  }
  return { truckId, bed, netKg, ticketNo: value.ticketNo, attempts };
}

export function barrelsFromKg(netKg: number): number {
  // The industry barrel is 100 lb of cranberries.
  return Math.round((netKg / 45.359237) * 10) / 10;
}
