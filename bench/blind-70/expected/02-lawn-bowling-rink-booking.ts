// expect: none
// correct: function references are handed to helpers that expect thunks (withRetry, limiter.run) and each call site invokes them afresh.
export interface RinkSlot {
  green: string;
  rink: number;
  startsAt: string;
  durationMinutes: number;
}

export interface Booking {
  bookingId: string;
  slot: RinkSlot;
  memberIds: string[];
}

declare const clubApi: {
  availability(green: string, rink: number, day: string): Promise<RinkSlot[]>;
  reserve(slot: RinkSlot, memberIds: string[]): Promise<Booking>;
};

export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      // the finishing task hands its slot straight to us, so `active` is unchanged
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active += 1;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) {
        next();
      } else {
        this.active -= 1;
      }
    }
  }
}

function isTransient(err: unknown): boolean {
  return err instanceof Error && /ECONNRESET|503|429/.test(err.message);
}

export async function withRetry<T>(operation: () => Promise<T>, attempts = 3, baseDelayMs = 200): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!isTransient(err)) break;
      await new Promise<void>((resolve) => setTimeout(resolve, baseDelayMs * 2 ** attempt));
    }
  }
  throw lastError;
}

export async function findOpenSlots(green: string, rinks: number[], day: string): Promise<RinkSlot[]> {
  const limiter = new Limiter(2);
  const perRink = await Promise.all(
    rinks.map((rink) => limiter.run(() => withRetry(() => clubApi.availability(green, rink, day)))),
  );
  return perRink.flat().sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export async function bookFirstFree(
  green: string,
  rinks: number[],
  day: string,
  memberIds: string[],
): Promise<Booking | undefined> {
  if (memberIds.length === 0 || memberIds.length > 8) {
    throw new Error('a rink booking needs between one and eight players');
  }
  const slots = await findOpenSlots(green, rinks, day);
  for (const slot of slots) {
    const reserve = () => clubApi.reserve(slot, memberIds);
    try {
      return await withRetry(reserve);
    } catch (err) {
      if (err instanceof Error && err.message.includes('409')) continue;
      throw err;
    }
  }
  return undefined;
}
