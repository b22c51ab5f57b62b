// expect: no-leaked-race
// readRestraints() races the PLC read against a setTimeout that is never cleared, so every successful read leaves a live timer that fires (and rejects into the void) seconds later.
export interface RestraintStatus {
  seat: number;
  latched: boolean;
  pressureBar: number;
}

export interface PlcClient {
  readRestraintBank(rideId: string, car: number): Promise<RestraintStatus[]>;
  setDispatchInhibit(rideId: string, inhibit: boolean): Promise<void>;
}

export interface DispatchDecision {
  rideId: string;
  car: number;
  clear: boolean;
  openSeats: number[];
}

function timeout(ms: number, label: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
}

export class DispatchInterlock {
  constructor(
    private readonly plc: PlcClient,
    private readonly readTimeoutMs = 750,
    private readonly minPressureBar = 4.2,
  ) {}

  async readRestraints(rideId: string, car: number): Promise<RestraintStatus[]> {
    return Promise.race([
      this.plc.readRestraintBank(rideId, car),
      timeout(this.readTimeoutMs, `restraint read ${rideId}/car ${car}`),
    ]);
  }

  async checkCar(rideId: string, car: number, occupiedSeats: number[]): Promise<DispatchDecision> {
    let bank: RestraintStatus[];
    try {
      bank = await this.readRestraints(rideId, car);
    } catch (err) {
      await this.plc.setDispatchInhibit(rideId, true);
      throw err;
    }
    const openSeats = bank
      .filter((s) => occupiedSeats.includes(s.seat))
      .filter((s) => !s.latched || s.pressureBar < this.minPressureBar)
      .map((s) => s.seat);
    const clear = openSeats.length === 0;
    await this.plc.setDispatchInhibit(rideId, !clear);
    return { rideId, car, clear, openSeats };
  }

  async checkTrain(rideId: string, cars: Map<number, number[]>): Promise<DispatchDecision[]> {
    const decisions: DispatchDecision[] = [];
    for (const [car, seats] of cars) {
      const decision = await this.checkCar(rideId, car, seats);
      decisions.push(decision);
      if (!decision.clear) break;
    }
    return decisions;
  }
}
