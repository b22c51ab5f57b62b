// expect: no-swallowed-abort
// fetchSchedule(...).catch(() => null) turns an abort into a "stale enclosure" value, so a cancelled sync keeps looping and marks everything stale.
export interface FeedingSlot {
  time: string;
  keeper: string;
  diet: string;
  grams: number;
}

export interface EnclosureSchedule {
  enclosureId: string;
  species: string;
  slots: FeedingSlot[];
  updatedAt: string;
}

declare const board: {
  render(enclosureId: string, schedule: EnclosureSchedule): void;
  markStale(enclosureId: string, since: Date): void;
};

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

const SCHEDULE_API = process.env.ZOO_SCHEDULE_API ?? 'https://ops.internal.zoo/api';

async function fetchSchedule(enclosureId: string, signal: AbortSignal): Promise<EnclosureSchedule> {
  const res = await fetch(`${SCHEDULE_API}/enclosures/${enclosureId}/feeding`, { signal });
  if (!res.ok) {
    throw new Error(`feeding schedule for ${enclosureId}: HTTP ${res.status}`);
  }
  return (await res.json()) as EnclosureSchedule;
}

export function createFeedingSync(enclosureIds: string[]) {
  const lastGood = new Map<string, EnclosureSchedule>();

  async function syncAll(signal: AbortSignal): Promise<{ fresh: number; stale: number }> {
    let fresh = 0;
    let stale = 0;

    for (const id of enclosureIds) {
      const schedule = await fetchSchedule(id, signal).catch(() => null);

      if (!schedule) {
        stale++;
        metrics.increment('feeding.sync.stale', { enclosure: id });
        const previous = lastGood.get(id);
        board.markStale(id, previous ? new Date(previous.updatedAt) : new Date(0));
        continue;
      }

      lastGood.set(id, schedule);
      board.render(id, schedule);
      fresh++;
    }

    return { fresh, stale };
  }

  function nextSlot(enclosureId: string, now = new Date()): FeedingSlot | undefined {
    const schedule = lastGood.get(enclosureId);
    if (!schedule) return undefined;
    const hhmm = now.toTimeString().slice(0, 5);
    return schedule.slots.find((s) => s.time >= hhmm);
  }

  return { syncAll, nextSlot };
}
