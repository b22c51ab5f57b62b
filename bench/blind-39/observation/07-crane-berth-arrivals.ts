// expect: no-floating-promises
// An async function is registered as an EventEmitter listener; the emitter ignores the returned promise, so a failed crane assignment becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface VesselArrival {
  imo: string;
  name: string;
  berth: number;
  containersToUnload: number;
  containersToLoad: number;
  etaIso: string;
}

export interface Crane {
  craneId: string;
  berths: number[];
  movesPerHour: number;
  available: boolean;
}

declare const craneRegistry: {
  list(): Promise<Crane[]>;
  reserve(craneId: string, imo: string, hours: number): Promise<void>;
};

declare const harbourMaster: {
  notify(imo: string, text: string): Promise<void>;
};

export function planCranes(arrival: VesselArrival, cranes: Crane[]): Array<{ craneId: string; hours: number }> {
  const eligible = cranes
    .filter((c) => c.available && c.berths.includes(arrival.berth))
    .sort((a, b) => b.movesPerHour - a.movesPerHour)
    .slice(0, 3);
  if (eligible.length === 0) return [];

  const moves = arrival.containersToUnload + arrival.containersToLoad;
  const combinedRate = eligible.reduce((sum, c) => sum + c.movesPerHour, 0);
  const hours = Math.ceil((moves / combinedRate) * 1.15);
  return eligible.map((c) => ({ craneId: c.craneId, hours }));
}

export class BerthScheduler {
  readonly events = new EventEmitter();
  private readonly assignments = new Map<string, string[]>();

  constructor() {
    this.events.on('vesselArrived', async (arrival: VesselArrival) => {
      const cranes = await craneRegistry.list();
      const plan = planCranes(arrival, cranes);
      if (plan.length === 0) {
        await harbourMaster.notify(arrival.imo, `no crane free for berth ${arrival.berth}; vessel to anchor`);
        return;
      }
      for (const { craneId, hours } of plan) {
        await craneRegistry.reserve(craneId, arrival.imo, hours);
      }
      this.assignments.set(arrival.imo, plan.map((p) => p.craneId));
      this.events.emit('cranesAssigned', arrival.imo, plan);
    });

    this.events.on('vesselDeparted', (imo: string) => {
      this.assignments.delete(imo);
    });
  }

  arrive(arrival: VesselArrival): void {
    if (arrival.containersToUnload + arrival.containersToLoad === 0) {
      this.events.emit('ignored', arrival.imo);
      return;
    }
    this.events.emit('vesselArrived', arrival);
  }

  depart(imo: string): void {
    this.events.emit('vesselDeparted', imo);
  }

  cranesFor(imo: string): string[] {
    return this.assignments.get(imo) ?? [];
  }

  busyCranes(): Set<string> {
    return new Set([...this.assignments.values()].flat());
  }
}
