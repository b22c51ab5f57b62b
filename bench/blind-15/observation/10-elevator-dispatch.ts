// expect: no-unobserved-promise
// The car-load request is started before the duplicate-call check; when an identical hall call is already pending the method returns early and that promise is never awaited or handled.
import { EventEmitter } from 'node:events';

export type Direction = 'up' | 'down';

export interface HallCall {
  floor: number;
  direction: Direction;
  requestedAt: number;
}

export interface CarState {
  id: string;
  floor: number;
  direction: Direction | 'idle';
  stops: number[];
  inService: boolean;
}

export interface Assignment {
  carId: string;
  call: HallCall;
  etaSeconds: number;
}

export interface LoadSensors {
  readLoads(carIds: string[]): Promise<Map<string, number>>;
}

const SECONDS_PER_FLOOR = 2.2;
const SECONDS_PER_STOP = 9;
const FULL_LOAD_RATIO = 0.8;

function estimateEta(car: CarState, call: HallCall): number {
  const travel = Math.abs(car.floor - call.floor) * SECONDS_PER_FLOOR;
  const stopsBefore = car.stops.filter((s) =>
    call.floor > car.floor ? s > car.floor && s < call.floor : s < car.floor && s > call.floor,
  ).length;
  const wrongWay =
    car.direction !== 'idle' &&
    ((car.direction === 'up' && call.floor < car.floor) || (car.direction === 'down' && call.floor > car.floor));
  return travel + stopsBefore * SECONDS_PER_STOP + (wrongWay ? 30 : 0);
}

export class GroupDispatcher extends EventEmitter {
  private readonly pending = new Map<string, Assignment>();

  constructor(
    private readonly cars: () => CarState[],
    private readonly sensors: LoadSensors,
  ) {
    super();
  }

  async dispatch(call: HallCall): Promise<Assignment> {
    const available = this.cars().filter((c) => c.inService);
    if (available.length === 0) {
      throw new Error('no cars in service');
    }

    const loadsRequest = this.sensors.readLoads(available.map((c) => c.id));

    const key = `${call.floor}:${call.direction}`;
    const existing = this.pending.get(key);
    if (existing) {
      return existing;
    }

    const loads = await loadsRequest;
    const ranked = available
      .filter((c) => (loads.get(c.id) ?? 0) < FULL_LOAD_RATIO)
      .map((car) => ({ car, eta: estimateEta(car, call) }))
      .sort((a, b) => a.eta - b.eta);

    const best = ranked[0] ?? { car: available[0], eta: estimateEta(available[0], call) };
    const assignment: Assignment = { carId: best.car.id, call, etaSeconds: Math.round(best.eta) };

    this.pending.set(key, assignment);
    this.emit('assigned', assignment);
    return assignment;
  }

  arrived(carId: string, floor: number, direction: Direction): void {
    const key = `${floor}:${direction}`;
    if (this.pending.get(key)?.carId === carId) {
      this.pending.delete(key);
      this.emit('served', key);
    }
  }
}
