// expect: no-uncalled-async-function
// `await this.refreshFleetStatus` awaits the method itself instead of calling it, so dispatch uses stale truck states.
import { EventEmitter } from 'node:events';

type TruckState = 'idle' | 'hauling' | 'queued-at-crusher' | 'maintenance';

interface HaulTruck {
  id: string;
  state: TruckState;
  payloadTonnes: number;
  fuelPct: number;
  position: { bench: number; x: number; y: number };
}

interface LoadRequest {
  shovelId: string;
  bench: number;
  tonnes: number;
}

declare const fleetApi: {
  listTrucks(pitId: string): Promise<HaulTruck[]>;
  assign(truckId: string, shovelId: string): Promise<void>;
};

export class DispatchController extends EventEmitter {
  private trucks = new Map<string, HaulTruck>();
  private lastRefresh = 0;

  constructor(
    private readonly pitId: string,
    private readonly minFuelPct = 15,
  ) {
    super();
  }

  async refreshFleetStatus(): Promise<void> {
    const trucks = await fleetApi.listTrucks(this.pitId);
    this.trucks.clear();
    for (const t of trucks) this.trucks.set(t.id, t);
    this.lastRefresh = Date.now();
  }

  async dispatch(request: LoadRequest): Promise<HaulTruck | undefined> {
    if (Date.now() - this.lastRefresh > 30_000) {
      await this.refreshFleetStatus;
    }

    const candidate = this.pickTruck(request);
    if (!candidate) {
      this.emit('no-truck', request);
      return undefined;
    }

    await fleetApi.assign(candidate.id, request.shovelId);
    candidate.state = 'hauling';
    this.emit('assigned', { truckId: candidate.id, shovelId: request.shovelId });
    return candidate;
  }

  private pickTruck(request: LoadRequest): HaulTruck | undefined {
    let best: HaulTruck | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const truck of this.trucks.values()) {
      if (truck.state !== 'idle') continue;
      if (truck.fuelPct < this.minFuelPct) continue;
      if (truck.payloadTonnes < request.tonnes) continue;
      // Changing benches costs far more time than driving across one.
      const benchPenalty = Math.abs(truck.position.bench - request.bench) * 500;
      const score = benchPenalty + Math.hypot(truck.position.x, truck.position.y);
      if (score < bestScore) {
        best = truck;
        bestScore = score;
      }
    }
    return best;
  }

  snapshot(): HaulTruck[] {
    return [...this.trucks.values()].map((t) => ({ ...t, position: { ...t.position } }));
  }
}
