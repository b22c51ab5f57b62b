// expect: none
// The car-load request is started early but gets its .catch fallback attached immediately, so it can never reject unobserved.
export type Direction = 'up' | 'down';

export interface HallCall {
  floor: number;
  direction: Direction;
  placedAt: number;
}

export interface CarState {
  carId: string;
  floor: number;
  direction: Direction | 'idle';
  stops: number[];
  inService: boolean;
}

declare const groupController: {
  carStates(bankId: string): Promise<CarState[]>;
  assign(bankId: string, carId: string, call: HallCall): Promise<void>;
};
declare const loadCells: {
  loadPercent(bankId: string): Promise<Map<string, number>>;
};
declare const buildingLog: { warn(msg: string, data?: object): void };

function travelCost(car: CarState, call: HallCall): number {
  const distance = Math.abs(car.floor - call.floor);
  if (car.direction === 'idle') return distance;
  const movingToward =
    (car.direction === 'up' && call.floor >= car.floor) || (car.direction === 'down' && call.floor <= car.floor);
  const sameWay = car.direction === call.direction;
  if (movingToward && sameWay) return distance + car.stops.length * 2;
  return distance + 20 + car.stops.length * 3;
}

export class DispatchPlanner {
  constructor(
    private readonly bankId: string,
    private readonly fullLoadThreshold = 80,
  ) {}

  async assign(call: HallCall): Promise<string> {
    const loads = loadCells.loadPercent(this.bankId).catch((err: unknown) => {
      buildingLog.warn('load cells unavailable, dispatching without load data', { bankId: this.bankId, err });
      return new Map<string, number>();
    });

    const cars = (await groupController.carStates(this.bankId)).filter((c) => c.inService);
    if (cars.length === 0) {
      throw new Error(`No cars in service in bank ${this.bankId}`);
    }

    const loadByCar = await loads;
    const candidates = cars
      .filter((c) => (loadByCar.get(c.carId) ?? 0) < this.fullLoadThreshold || c.floor === call.floor)
      .map((c) => ({ car: c, cost: travelCost(c, call) }))
      .sort((a, b) => a.cost - b.cost);

    const chosen = (candidates[0] ?? { car: cars[0] }).car;
    await groupController.assign(this.bankId, chosen.carId, call);
    return chosen.carId;
  }

  async assignAll(calls: HallCall[]): Promise<Map<number, string>> {
    const result = new Map<number, string>();
    const ordered = [...calls].sort((a, b) => a.placedAt - b.placedAt);
    for (const call of ordered) {
      result.set(call.floor, await this.assign(call));
    }
    return result;
  }
}
