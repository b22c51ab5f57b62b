// expect: none
// withRetry takes a factory and calls it for each attempt, and the in-flight cache shares one load per key on purpose and evicts it once settled.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Slot {
  roomId: string;
  startsAt: string;
  capacity: number;
  booked: number;
}

export interface RoomDay {
  roomId: string;
  date: string;
  slots: Slot[];
}

declare const bookingApi: {
  fetchSlots(roomId: string, date: string): Promise<Slot[]>;
  hold(roomId: string, startsAt: string, players: number): Promise<{ holdId: string; expiresAt: string }>;
};

export class TransientBookingError extends Error {
  override name = 'TransientBookingError';
}

export async function withRetry<T>(attempt: () => Promise<T>, tries = 3, baseDelayMs = 250): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof TransientBookingError)) throw err;
      lastError = err;
      if (i < tries - 1) await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class SlotCache {
  private readonly inflight = new Map<string, Promise<RoomDay>>();
  private readonly fresh = new Map<string, { day: RoomDay; at: number }>();

  constructor(private readonly ttlMs = 60_000) {}

  load(roomId: string, date: string): Promise<RoomDay> {
    const key = `${roomId}@${date}`;
    const cached = this.fresh.get(key);
    if (cached && Date.now() - cached.at < this.ttlMs) return Promise.resolve(cached.day);

    const existing = this.inflight.get(key);
    if (existing) return existing;

    const loading = withRetry(() => bookingApi.fetchSlots(roomId, date))
      .then((slots) => {
        const day = { roomId, date, slots };
        this.fresh.set(key, { day, at: Date.now() });
        return day;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, loading);
    return loading;
  }

  invalidate(roomId: string, date: string): void {
    this.fresh.delete(`${roomId}@${date}`);
  }
}

export async function findSlotForGroup(
  cache: SlotCache,
  roomIds: string[],
  date: string,
  players: number,
): Promise<{ roomId: string; holdId: string; startsAt: string } | null> {
  const days = await Promise.all(roomIds.map((id) => cache.load(id, date)));
  const candidates = days
    .flatMap((d) => d.slots)
    .filter((s) => s.capacity - s.booked >= players)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  for (const slot of candidates) {
    try {
      const hold = await withRetry(() => bookingApi.hold(slot.roomId, slot.startsAt, players));
      cache.invalidate(slot.roomId, date);
      return { roomId: slot.roomId, holdId: hold.holdId, startsAt: slot.startsAt };
    } catch (err) {
      if (err instanceof TransientBookingError) continue;
      throw err;
    }
  }
  return null;
}
