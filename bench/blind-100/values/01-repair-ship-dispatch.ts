// expect: no-promise-as-value
// estimateArrival() is async, so the dispatch notice interpolates the promise itself and the cable owner is told the ship arrives "[object Promise]" instead of an ETA.
export interface RepairShip {
  name: string;
  homePort: string;
  position: { lat: number; lon: number };
  speedKnots: number;
}

export interface CableFault {
  cable: string;
  segment: string;
  lat: number;
  lon: number;
  depthM: number;
  reportedAt: Date;
}

export interface WeatherRouting {
  transitHours(from: { lat: number; lon: number }, to: { lat: number; lon: number }, speedKnots: number): Promise<number>;
}

export interface OwnerNotifier {
  post(cable: string, message: string): Promise<void>;
}

const MOBILISATION_HOURS = 36;

export class DispatchBoard {
  private readonly assignments = new Map<string, string>();

  constructor(
    private readonly routing: WeatherRouting,
    private readonly notifier: OwnerNotifier,
  ) {}

  async estimateArrival(ship: RepairShip, fault: CableFault): Promise<string> {
    const hours = await this.routing.transitHours(ship.position, { lat: fault.lat, lon: fault.lon }, ship.speedKnots);
    const eta = new Date(Date.now() + (hours + MOBILISATION_HOURS) * 3_600_000);
    return eta.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  }

  async dispatch(ship: RepairShip, fault: CableFault): Promise<void> {
    if (this.assignments.has(ship.name)) {
      throw new Error(`${ship.name} is already assigned to ${this.assignments.get(ship.name)}`);
    }
    if (fault.depthM > 8000) {
      throw new Error(`${fault.segment} at ${fault.depthM}m is beyond grapnel depth`);
    }
    this.assignments.set(ship.name, `${fault.cable}/${fault.segment}`);

    const message =
      `${ship.name} mobilising from ${ship.homePort} for ${fault.cable} segment ${fault.segment}. ` +
      `Expected on station ${this.estimateArrival(ship, fault)}; depth ${fault.depthM}m.`;
    await this.notifier.post(fault.cable, message);
  }

  release(shipName: string): void {
    this.assignments.delete(shipName);
  }
}
