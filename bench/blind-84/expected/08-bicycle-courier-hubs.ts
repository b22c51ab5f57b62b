// expect: no-reused-settled-promise
// waitForDockSlot() starts fetchAvailability() once before the loop and awaits that same settled snapshot on every poll, so it never sees a dock slot that frees up later.
import { setTimeout as sleep } from "node:timers/promises";

export type BikeClass = "cargo" | "road" | "e-bike";

export interface DockSlot {
  hubId: string;
  slotId: string;
  bikeClass: BikeClass;
  free: boolean;
  chargerKw?: number;
}

export interface HubSnapshot {
  hubId: string;
  takenAt: string;
  slots: DockSlot[];
}

declare const hubs: {
  fetchAvailability(hubId: string): Promise<HubSnapshot>;
  claim(hubId: string, slotId: string, courierId: string): Promise<{ expiresAt: string }>;
};

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

export class NoDockAvailableError extends Error {
  constructor(readonly hubId: string, readonly bikeClass: BikeClass) {
    super(`no ${bikeClass} dock became free at hub ${hubId}`);
    this.name = "NoDockAvailableError";
  }
}

function pickSlot(snapshot: HubSnapshot, bikeClass: BikeClass): DockSlot | undefined {
  const candidates = snapshot.slots.filter((s) => s.free && s.bikeClass === bikeClass);
  if (bikeClass === "e-bike") {
    // prefer the fast chargers so the bike is ready for the next shift
    candidates.sort((a, b) => (b.chargerKw ?? 0) - (a.chargerKw ?? 0));
  }
  return candidates[0];
}

export async function waitForDockSlot(
  hubId: string,
  bikeClass: BikeClass,
  { intervalMs = 5_000, maxPolls = 12 }: { intervalMs?: number; maxPolls?: number } = {},
): Promise<DockSlot> {
  const availability = hubs.fetchAvailability(hubId);
  for (let poll = 1; poll <= maxPolls; poll++) {
    const snapshot = await availability;
    const slot = pickSlot(snapshot, bikeClass);
    if (slot) {
      metrics.increment("dock.poll.hit", { hubId, bikeClass });
      return slot;
    }
    metrics.increment("dock.poll.miss", { hubId, bikeClass });
    if (poll < maxPolls) await sleep(intervalMs);
  }
  throw new NoDockAvailableError(hubId, bikeClass);
}

export async function returnBike(courierId: string, hubId: string, bikeClass: BikeClass): Promise<string> {
  const slot = await waitForDockSlot(hubId, bikeClass, { intervalMs: 3_000, maxPolls: 20 });
  const claim = await hubs.claim(hubId, slot.slotId, courierId);
  return `${courierId} → ${hubId}/${slot.slotId} (hold until ${claim.expiresAt})`;
}
