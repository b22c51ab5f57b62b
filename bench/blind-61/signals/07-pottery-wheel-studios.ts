// expect: no-swallowed-abort
// fetchKilnSchedule wraps every failure, including the AbortError from a cancelled request, in a generic KilnServiceError, so callers cannot tell cancellation from an outage.
export interface KilnSlot {
  kilnId: string;
  cone: number;
  startsAt: string;
  shelvesFree: number;
}

export interface GreenwareBatch {
  batchId: string;
  member: string;
  pieces: number;
  clay: "stoneware" | "porcelain" | "earthenware";
}

export class KilnServiceError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
  ) {
    super(message);
    this.name = "KilnServiceError";
  }
}

const KILN_API = "https://kilns.pottery-collective.internal/api";

const CONE_FOR_CLAY: Record<GreenwareBatch["clay"], number> = {
  earthenware: 4,
  stoneware: 6,
  porcelain: 10,
};

async function fetchKilnSchedule(studio: string, signal: AbortSignal): Promise<KilnSlot[]> {
  try {
    const res = await fetch(`${KILN_API}/studios/${encodeURIComponent(studio)}/schedule`, { signal });
    if (res.status >= 500) {
      throw new KilnServiceError(`kiln service unavailable (${res.status})`, true);
    }
    if (!res.ok) {
      throw new KilnServiceError(`kiln schedule rejected: ${res.status}`, false);
    }
    return (await res.json()) as KilnSlot[];
  } catch (err) {
    if (err instanceof KilnServiceError) throw err;
    throw new KilnServiceError(
      `could not reach kiln service: ${err instanceof Error ? err.message : String(err)}`,
      true,
    );
  }
}

export function shelvesNeeded(batch: GreenwareBatch): number {
  const perShelf = batch.clay === "porcelain" ? 6 : 9;
  return Math.ceil(batch.pieces / perShelf);
}

export function chooseSlot(slots: readonly KilnSlot[], batch: GreenwareBatch): KilnSlot | undefined {
  const cone = CONE_FOR_CLAY[batch.clay];
  const needed = shelvesNeeded(batch);
  return slots
    .filter((s) => s.cone === cone && s.shelvesFree >= needed)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}

export async function bookFiring(
  studio: string,
  batch: GreenwareBatch,
  signal: AbortSignal,
): Promise<KilnSlot | null> {
  const slots = await fetchKilnSchedule(studio, signal);
  const slot = chooseSlot(slots, batch);
  if (!slot) return null;

  const res = await fetch(`${KILN_API}/kilns/${slot.kilnId}/bookings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ batchId: batch.batchId, member: batch.member, shelves: shelvesNeeded(batch) }),
    signal,
  });
  if (res.status === 409) return null;
  if (!res.ok) throw new KilnServiceError(`booking failed: ${res.status}`, res.status >= 500);
  return slot;
}
