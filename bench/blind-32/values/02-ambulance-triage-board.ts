// expect: none
// The bed counts written by the 'capacity' listener are read only after `await once(feed, "synced")`, which the feed emits after the initial capacity burst.
import { EventEmitter, once } from "node:events";

export type TriageLevel = "red" | "orange" | "yellow" | "green";

export interface IncomingPatient {
  incidentId: string;
  unitId: string;
  level: TriageLevel;
  etaMin: number;
  needs: Array<"trauma" | "stroke" | "cardiac" | "burns" | "paediatric">;
}

interface CapacityUpdate {
  hospitalId: string;
  resusBays: number;
  traumaTeam: boolean;
  strokeUnit: boolean;
  cathLab: boolean;
  diversion: boolean;
}

declare function connectCapacityFeed(region: string): EventEmitter;

export class TriageBoard {
  private readonly capacity = new Map<string, CapacityUpdate>();
  private lastUpdate = 0;
  private feed: EventEmitter | undefined;

  async open(region: string): Promise<number> {
    const feed = connectCapacityFeed(region);
    this.feed = feed;
    feed.on("capacity", (update: CapacityUpdate) => {
      this.capacity.set(update.hospitalId, update);
      this.lastUpdate = Date.now();
    });
    await once(feed, "synced");
    return this.capacity.size;
  }

  close(): void {
    this.feed?.removeAllListeners("capacity");
    this.feed = undefined;
  }

  staleForMs(): number {
    return this.lastUpdate === 0 ? Infinity : Date.now() - this.lastUpdate;
  }

  private canTake(h: CapacityUpdate, patient: IncomingPatient): boolean {
    if (h.diversion) return false;
    if (patient.level === "red" && h.resusBays === 0) return false;
    for (const need of patient.needs) {
      if (need === "trauma" && !h.traumaTeam) return false;
      if (need === "stroke" && !h.strokeUnit) return false;
      if (need === "cardiac" && !h.cathLab) return false;
    }
    return true;
  }

  destinationFor(patient: IncomingPatient, travelMin: Record<string, number>): string | undefined {
    const options = [...this.capacity.values()]
      .filter((h) => this.canTake(h, patient))
      .sort((a, b) => (travelMin[a.hospitalId] ?? 999) - (travelMin[b.hospitalId] ?? 999));
    return options[0]?.hospitalId;
  }

  board(patients: IncomingPatient[]): string[] {
    const order: Record<TriageLevel, number> = { red: 0, orange: 1, yellow: 2, green: 3 };
    return patients
      .slice()
      .sort((a, b) => order[a.level] - order[b.level] || a.etaMin - b.etaMin)
      .map((p) => `${p.level.toUpperCase().padEnd(6)} ${p.unitId} ETA ${p.etaMin}m  ${p.needs.join(",") || "-"}`);
  }
}

export async function openRegionalBoard(region: string): Promise<TriageBoard> {
  const board = new TriageBoard();
  const hospitals = await board.open(region);
  if (hospitals === 0) {
    board.close();
    throw new Error(`capacity feed for ${region} synced with no hospitals`);
  }
  return board;
}
