// expect: no-reused-settled-promise
// retrying() is handed the promise from requestPermit instead of a factory, so after the first rejection every attempt re-awaits the same rejected promise and no new request is ever sent.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Resident {
  chipId: string;
  name: string;
  cites: string;
  weightKg: number;
}

export interface Permit {
  permitId: string;
  residentChip: string;
  validUntil: string;
}

export interface PermitOffice {
  requestPermit(chipId: string, destination: string, citesRef: string): Promise<Permit>;
}

export interface TransportBooking {
  book(permit: Permit, trailer: 'tandem' | 'lowboy', date: string): Promise<string>;
}

async function retrying<T>(task: Promise<T>, attempts: number, delayMs: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task;
    } catch (err) {
      lastError = err;
      if (attempt < attempts - 1) await sleep(delayMs * (attempt + 1));
    }
  }
  throw lastError;
}

export class TransferCoordinator {
  constructor(
    private readonly permits: PermitOffice,
    private readonly transport: TransportBooking,
    private readonly attempts = 4,
  ) {}

  async arrangeTransfer(resident: Resident, destination: string, date: string): Promise<string> {
    const permit = await retrying(
      this.permits.requestPermit(resident.chipId, destination, resident.cites),
      this.attempts,
      2_000,
    );

    if (new Date(permit.validUntil) < new Date(date)) {
      throw new Error(`permit ${permit.permitId} for ${resident.name} expires before ${date}`);
    }

    const trailer = resident.weightKg > 4_500 ? 'lowboy' : 'tandem';
    return this.transport.book(permit, trailer, date);
  }

  async arrangeGroup(residents: Resident[], destination: string, date: string): Promise<Map<string, string>> {
    const bookings = new Map<string, string>();
    for (const resident of residents) {
      bookings.set(resident.name, await this.arrangeTransfer(resident, destination, date));
    }
    return bookings;
  }
}
