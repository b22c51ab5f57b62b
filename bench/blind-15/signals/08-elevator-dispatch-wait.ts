// expect: none
// awaitArrival only turns its own arrival-timeout abort into null for reassignment; when the caller's signal is aborted it rethrows, and it clears its timer and listener in finally.
import { EventEmitter, once } from 'node:events';

export interface HallCall {
  callId: string;
  floor: number;
  direction: 'up' | 'down';
  placedAt: number;
}

export interface CarArrival {
  carId: string;
  floor: number;
  doorsOpenAt: number;
}

export interface ElevatorCar extends EventEmitter {
  readonly id: string;
  currentFloor(): number;
  assign(call: HallCall): void;
  cancel(callId: string): void;
}

class ArrivalTimeout extends Error {
  constructor(
    readonly carId: string,
    readonly callId: string,
  ) {
    super(`Car ${carId} did not reach call ${callId} in time`);
    this.name = 'ArrivalTimeout';
  }
}

export async function awaitArrival(car: ElevatorCar, call: HallCall, timeoutMs: number, signal: AbortSignal): Promise<CarArrival | null> {
  signal.throwIfAborted();
  const local = new AbortController();
  const timer = setTimeout(() => local.abort(new ArrivalTimeout(car.id, call.callId)), timeoutMs);
  const relay = () => local.abort(signal.reason);
  signal.addEventListener('abort', relay, { once: true });

  try {
    car.assign(call);
    const [arrival] = (await once(car, `arrived:${call.callId}`, { signal: local.signal })) as [CarArrival];
    return arrival;
  } catch (err) {
    car.cancel(call.callId);
    if (signal.aborted) throw err;
    if (local.signal.reason instanceof ArrivalTimeout) return null;
    throw err;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', relay);
  }
}

function rankCars(cars: ElevatorCar[], call: HallCall): ElevatorCar[] {
  return [...cars].sort((a, b) => Math.abs(a.currentFloor() - call.floor) - Math.abs(b.currentFloor() - call.floor));
}

export class DispatchController {
  constructor(
    private readonly cars: ElevatorCar[],
    private readonly perCarTimeoutMs = 45_000,
  ) {}

  async serve(call: HallCall, signal: AbortSignal): Promise<CarArrival> {
    for (const car of rankCars(this.cars, call)) {
      const arrival = await awaitArrival(car, call, this.perCarTimeoutMs, signal);
      if (arrival) return arrival;
    }
    throw new Error(`No car could serve hall call ${call.callId} at floor ${call.floor}`);
  }
}
