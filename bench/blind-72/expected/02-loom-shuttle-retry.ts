// expect: no-reused-settled-promise
// withRetries receives one already-started promise and re-awaits it on every attempt, so a failed reservation is never actually retried.
import { setTimeout as delay } from 'node:timers/promises';

export interface ShuttleOrder {
  orderId: string;
  loomId: string;
  shuttleType: 'fly' | 'boat' | 'rapier';
  quantity: number;
  woodSpecies: 'boxwood' | 'persimmon' | 'dogwood';
}

export interface Reservation {
  reservationId: string;
  orderId: string;
  lathe: string;
  readyBy: Date;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

declare const workshopApi: {
  reserveLathe(loomId: string, shuttleType: ShuttleOrder['shuttleType'], quantity: number): Promise<Reservation>;
  confirm(reservationId: string, orderId: string): Promise<void>;
};

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export const DEFAULT_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4000 };

function isTransient(err: unknown): boolean {
  if (err instanceof HttpError) {
    return err.status === 429 || err.status >= 500;
  }
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT';
}

function backoff(attempt: number, policy: RetryPolicy): number {
  const exp = policy.baseDelayMs * 2 ** attempt;
  const jitter = Math.random() * policy.baseDelayMs;
  return Math.min(policy.maxDelayMs, exp + jitter);
}

async function withRetries<T>(attempt: Promise<T>, label: string, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < policy.attempts; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (!isTransient(err) || i === policy.attempts - 1) break;
      const wait = backoff(i, policy);
      log.warn(`${label} failed, retrying`, { attempt: i + 1, waitMs: Math.round(wait) });
      await delay(wait);
    }
  }
  throw lastError;
}

function validate(order: ShuttleOrder): void {
  if (order.quantity <= 0 || !Number.isInteger(order.quantity)) {
    throw new RangeError(`order ${order.orderId}: quantity must be a positive integer`);
  }
  if (order.shuttleType === 'rapier' && order.woodSpecies !== 'persimmon') {
    throw new Error(`order ${order.orderId}: rapier shuttles are only turned in persimmon`);
  }
}

export async function reserveShuttles(order: ShuttleOrder, policy: RetryPolicy = DEFAULT_POLICY): Promise<Reservation> {
  validate(order);
  const reservation = await withRetries(
    workshopApi.reserveLathe(order.loomId, order.shuttleType, order.quantity),
    `reserve lathe for ${order.orderId}`,
    policy,
  );
  await workshopApi.confirm(reservation.reservationId, order.orderId);
  return reservation;
}
