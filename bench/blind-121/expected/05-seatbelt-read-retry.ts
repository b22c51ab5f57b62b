// expect: none
// withRetry() receives a function and calls op() afresh on every attempt, so each retry issues a new PLC read instead of re-awaiting a failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SeatbeltBank {
  rideId: string;
  row: number;
  buckled: boolean[];
}

export interface RidePlc {
  readSeatbelts(rideId: string, row: number): Promise<SeatbeltBank>;
}

export interface RetryPolicy {
  attempts: number;
  delayMs: number;
  retryIf?: (err: unknown) => boolean;
}

export async function withRetry<T>(op: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
      if (policy.retryIf && !policy.retryIf(err)) break;
      if (attempt < policy.attempts) await sleep(policy.delayMs * attempt);
    }
  }
  throw lastError;
}

const isBusTimeout = (err: unknown) => err instanceof Error && /bus timeout|CRC/i.test(err.message);

export class SeatbeltCheck {
  constructor(
    private readonly plc: RidePlc,
    private readonly policy: RetryPolicy = { attempts: 3, delayMs: 150, retryIf: isBusTimeout },
  ) {}

  async unbuckledSeats(rideId: string, rows: number): Promise<Array<{ row: number; seat: number }>> {
    const open: Array<{ row: number; seat: number }> = [];
    for (let row = 1; row <= rows; row++) {
      const bank = await withRetry(() => this.plc.readSeatbelts(rideId, row), this.policy);
      bank.buckled.forEach((ok, seat) => {
        if (!ok) open.push({ row, seat: seat + 1 });
      });
    }
    return open;
  }

  async dispatchAllowed(rideId: string, rows: number, occupied: Set<string>): Promise<boolean> {
    const open = await this.unbuckledSeats(rideId, rows);
    const blocking = open.filter(({ row, seat }) => occupied.has(`${row}-${seat}`));
    if (blocking.length > 0) {
      console.warn(
        `${rideId}: hold dispatch, unbuckled ${blocking.map(({ row, seat }) => `R${row}S${seat}`).join(', ')}`,
      );
    }
    return blocking.length === 0;
  }
}
