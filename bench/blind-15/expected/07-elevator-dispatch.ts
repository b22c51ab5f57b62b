// expect: no-uncalled-async-function
// The dispatcher checks `!car.isInService` on the async method reference instead of awaiting a call, so the guard is never true and out-of-service cars still get hall calls.
export type Direction = 'up' | 'down';

export interface HallCall {
  floor: number;
  direction: Direction;
  requestedAt: number;
}

export interface ElevatorCar {
  readonly id: string;
  currentFloor(): number;
  heading(): Direction | 'idle';
  pendingStops(): number[];
  isInService(): Promise<boolean>;
  assignStop(floor: number): Promise<void>;
}

interface Candidate {
  car: ElevatorCar;
  cost: number;
}

const FLOOR_TRAVEL_COST = 1;
const STOP_COST = 3;
const REVERSAL_PENALTY = 8;

export class GroupDispatcher {
  private readonly waiting: HallCall[] = [];

  constructor(private readonly cars: ElevatorCar[]) {}

  enqueue(call: HallCall): void {
    const duplicate = this.waiting.some((c) => c.floor === call.floor && c.direction === call.direction);
    if (!duplicate) this.waiting.push(call);
  }

  private estimateCost(car: ElevatorCar, call: HallCall): number {
    const from = car.currentFloor();
    const heading = car.heading();
    let cost = Math.abs(from - call.floor) * FLOOR_TRAVEL_COST;
    cost += car.pendingStops().length * STOP_COST;

    if (heading !== 'idle') {
      const movingToward = heading === 'up' ? call.floor >= from : call.floor <= from;
      if (!movingToward || heading !== call.direction) cost += REVERSAL_PENALTY;
    }
    return cost;
  }

  async dispatchPending(): Promise<number> {
    let assigned = 0;
    // Oldest calls first so nobody waits forever on a busy floor.
    this.waiting.sort((a, b) => a.requestedAt - b.requestedAt);

    while (this.waiting.length > 0) {
      const call = this.waiting[0];
      const candidates: Candidate[] = [];

      for (const car of this.cars) {
        if (!car.isInService) continue;
        candidates.push({ car, cost: this.estimateCost(car, call) });
      }

      if (candidates.length === 0) break;

      candidates.sort((a, b) => a.cost - b.cost);
      await candidates[0].car.assignStop(call.floor);
      this.waiting.shift();
      assigned++;
    }

    return assigned;
  }
}
