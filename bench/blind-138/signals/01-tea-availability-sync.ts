// expect: require-signal-propagation
// syncAvailability has options.signal and passes it to fetch, but the Retry-After back-off sleep is started without it, so an abort during a rate-limit pause waits out the full (possibly minute-long) delay.
import { setTimeout as delay } from 'node:timers/promises';

export interface Slot {
  slotId: string;
  room: string;
  startsAt: string;
  seats: number;
  ceremony: 'chaji' | 'chakai' | 'usucha';
}

interface SlotPage {
  slots: Slot[];
  next?: string;
}

export interface SyncOptions {
  signal?: AbortSignal;
  maxRetries?: number;
}

export class AvailabilityError extends Error {
  constructor(readonly house: string, readonly status: number) {
    super(`Availability request for ${house} failed with HTTP ${status}`);
    this.name = 'AvailabilityError';
  }
}

export async function syncAvailability(
  apiBase: string,
  houses: string[],
  options: SyncOptions = {},
): Promise<Map<string, Slot[]>> {
  const { signal, maxRetries = 4 } = options;
  const byHouse = new Map<string, Slot[]>();

  for (const house of houses) {
    signal?.throwIfAborted();
    const slots: Slot[] = [];
    let cursor: string | undefined;
    let retries = 0;

    for (;;) {
      const url = new URL(`/houses/${encodeURIComponent(house)}/slots`, apiBase);
      if (cursor) url.searchParams.set('cursor', cursor);

      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (res.status === 429 && retries < maxRetries) {
        retries++;
        await res.body?.cancel();
        const retryAfterSeconds = Number(res.headers.get('retry-after') ?? '5');
        await delay(Math.min(retryAfterSeconds, 60) * 1_000);
        continue;
      }
      if (!res.ok) {
        throw new AvailabilityError(house, res.status);
      }

      const page = (await res.json()) as SlotPage;
      slots.push(...page.slots);
      cursor = page.next;
      retries = 0;
      if (!cursor) break;
    }

    byHouse.set(house, slots);
  }

  return byHouse;
}

export function openSeats(byHouse: Map<string, Slot[]>, ceremony: Slot['ceremony']): number {
  let seats = 0;
  for (const slots of byHouse.values()) {
    for (const slot of slots) {
      if (slot.ceremony === ceremony) seats += slot.seats;
    }
  }
  return seats;
}
