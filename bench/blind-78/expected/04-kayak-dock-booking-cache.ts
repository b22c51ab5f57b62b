// expect: none
// The shared in-flight promise is deliberately reused only by concurrent callers for the same dock; a rejected or expired entry is evicted, so the next call starts a fresh request.
export interface KayakSlot {
  boatId: string;
  kind: 'single' | 'tandem' | 'sup';
  from: string;
  until: string;
}

export interface DockAvailability {
  dockId: string;
  fetchedAt: number;
  free: KayakSlot[];
  tideWarning: string | null;
}

declare const bookingApi: {
  availability(dockId: string, date: string): Promise<Omit<DockAvailability, 'fetchedAt'>>;
  reserve(dockId: string, boatId: string, from: string, customer: string): Promise<{ confirmation: string }>;
};

interface CacheEntry {
  promise: Promise<DockAvailability>;
  storedAt: number;
}

export class AvailabilityCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly ttlMs = 30_000) {}

  get(dockId: string, date: string): Promise<DockAvailability> {
    const key = `${dockId}@${date}`;
    const existing = this.entries.get(key);
    if (existing && Date.now() - existing.storedAt < this.ttlMs) {
      return existing.promise;
    }

    const promise = bookingApi.availability(dockId, date).then((a) => ({ ...a, fetchedAt: Date.now() }));
    const entry: CacheEntry = { promise, storedAt: Date.now() };
    this.entries.set(key, entry);
    promise.catch(() => {
      // Do not cache failures: the next caller should hit the API again.
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return promise;
  }

  invalidate(dockId: string, date: string): void {
    this.entries.delete(`${dockId}@${date}`);
  }
}

const cache = new AvailabilityCache();

export async function findBoat(dockId: string, date: string, kind: KayakSlot['kind'], from: string): Promise<KayakSlot | undefined> {
  const availability = await cache.get(dockId, date);
  if (availability.tideWarning && kind === 'sup') {
    return undefined;
  }
  return availability.free.find((slot) => slot.kind === kind && slot.from <= from && slot.until > from);
}

export async function bookBoat(dockId: string, date: string, kind: KayakSlot['kind'], from: string, customer: string): Promise<string> {
  const slot = await findBoat(dockId, date, kind, from);
  if (!slot) {
    throw new Error(`no ${kind} free at ${dockId} from ${from}`);
  }
  try {
    const { confirmation } = await bookingApi.reserve(dockId, slot.boatId, from, customer);
    return confirmation;
  } finally {
    // Whether or not the reservation succeeded, the cached availability is now stale.
    cache.invalidate(dockId, date);
  }
}

export async function dashboard(dockIds: string[], date: string): Promise<Array<{ dockId: string; free: number }>> {
  const all = await Promise.all(dockIds.map((id) => cache.get(id, date)));
  return all.map((a) => ({ dockId: a.dockId, free: a.free.length }));
}
