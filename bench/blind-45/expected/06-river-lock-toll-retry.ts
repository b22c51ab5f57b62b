// expect: no-reused-settled-promise
// withBackoff receives one already-started charge promise and "retries" by re-awaiting that same rejected promise, so no new charge is attempted.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Vessel {
  registration: string;
  lengthM: number;
  beamM: number;
  category: 'leisure' | 'commercial' | 'hotel-barge';
  accountId?: string;
}

export interface TollReceipt {
  receiptId: string;
  registration: string;
  amountCents: number;
  lockId: string;
  chargedAt: string;
}

class TransientGatewayError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'TransientGatewayError';
  }
}

declare const tollGateway: {
  charge(accountId: string, amountCents: number, reference: string): Promise<TollReceipt>;
};

declare const lockKeeperConsole: {
  requestCashPayment(registration: string, amountCents: number): Promise<TollReceipt>;
};

const RATE_CENTS_PER_METRE: Record<Vessel['category'], number> = {
  leisure: 120,
  commercial: 310,
  'hotel-barge': 450,
};

export function tollFor(vessel: Vessel, chambers: number): number {
  const base = Math.ceil(vessel.lengthM) * RATE_CENTS_PER_METRE[vessel.category];
  const wideBeamSurcharge = vessel.beamM > 4.2 ? 0.25 : 0;
  return Math.round(base * chambers * (1 + wideBeamSurcharge));
}

async function withBackoff<T>(operation: Promise<T>, tries = 4, baseDelayMs = 400): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation;
    } catch (err) {
      if (!(err instanceof TransientGatewayError) || attempt >= tries) {
        throw err;
      }
      await sleep(err.retryAfterMs ?? baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

export async function chargeLockPassage(
  vessel: Vessel,
  lockId: string,
  chambers = 1,
): Promise<TollReceipt> {
  const amountCents = tollFor(vessel, chambers);
  if (amountCents === 0) {
    throw new Error(`Refusing to record a zero toll for ${vessel.registration}`);
  }

  if (!vessel.accountId) {
    return lockKeeperConsole.requestCashPayment(vessel.registration, amountCents);
  }

  const reference = `${lockId}:${vessel.registration}:${new Date().toISOString().slice(0, 16)}`;
  try {
    return await withBackoff(tollGateway.charge(vessel.accountId, amountCents, reference));
  } catch (err) {
    if (err instanceof TransientGatewayError) {
      // Gateway still down after retries: the keeper takes payment at the lock.
      return lockKeeperConsole.requestCashPayment(vessel.registration, amountCents);
    }
    throw err;
  }
}
