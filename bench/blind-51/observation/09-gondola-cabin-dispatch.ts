// expect: no-unobserved-promise
// dispatchCabin starts verifySeats before the synchronous wind-hold early return; on that path the seat-check promise is abandoned and a rejection goes unhandled.
export interface Cabin {
  cabinId: number;
  capacity: number;
  heated: boolean;
}

export interface SeatCheck {
  cabinId: number;
  restraintsLocked: boolean;
  occupied: number;
}

export interface DispatchResult {
  cabinId: number;
  dispatched: boolean;
  reason?: string;
  passengers?: number;
}

declare const seatSensors: {
  verifySeats(cabinId: number): Promise<SeatCheck>;
};
declare const haulRope: {
  release(cabinId: number): Promise<void>;
};
declare const weather: {
  gustKmh(): number;
};
declare const liftLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_GUST_KMH = 75;

export class GondolaStation {
  private held = 0;
  private dispatchedToday = 0;

  constructor(private readonly stationName: string, private readonly lineOpen: () => boolean) {}

  async dispatchCabin(cabin: Cabin): Promise<DispatchResult> {
    const seatCheck = seatSensors.verifySeats(cabin.cabinId);

    const gust = weather.gustKmh();
    if (!this.lineOpen() || gust > MAX_GUST_KMH) {
      this.held += 1;
      liftLog.warn('cabin held at station', { station: this.stationName, cabinId: cabin.cabinId, gust });
      return { cabinId: cabin.cabinId, dispatched: false, reason: gust > MAX_GUST_KMH ? 'wind hold' : 'line closed' };
    }

    const seats = await seatCheck;
    if (!seats.restraintsLocked) {
      return { cabinId: cabin.cabinId, dispatched: false, reason: 'restraints open' };
    }
    if (seats.occupied > cabin.capacity) {
      return { cabinId: cabin.cabinId, dispatched: false, reason: 'over capacity' };
    }

    await haulRope.release(cabin.cabinId);
    this.dispatchedToday += 1;
    liftLog.info('cabin dispatched', { station: this.stationName, cabinId: cabin.cabinId, passengers: seats.occupied });
    return { cabinId: cabin.cabinId, dispatched: true, passengers: seats.occupied };
  }

  async dispatchQueue(cabins: Cabin[]): Promise<DispatchResult[]> {
    const results: DispatchResult[] = [];
    for (const cabin of cabins) {
      results.push(await this.dispatchCabin(cabin));
    }
    return results;
  }

  stats(): { held: number; dispatched: number } {
    return { held: this.held, dispatched: this.dispatchedToday };
  }
}

export function passengersCarried(results: DispatchResult[]): number {
  return results.reduce((sum, r) => sum + (r.dispatched ? r.passengers ?? 0 : 0), 0);
}
