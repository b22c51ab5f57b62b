// expect: none
// The interval that polls the hopper scale is cleared and a done flag set before any settle, and in-flight callbacks check the flag first, so overlapping readings after the target is reached cannot resolve or reject a second time.
export interface HopperScale {
  read(cb: (err: Error | null, grams?: number) => void): void;
}

export interface FeederMotor {
  start(tankId: string): void;
  stop(tankId: string): void;
}

export interface FeedResult {
  tankId: string;
  dispensedGrams: number;
  polls: number;
}

export class FeedingStation {
  constructor(
    private readonly scale: HopperScale,
    private readonly motor: FeederMotor,
    private readonly pollMs = 200,
  ) {}

  dispense(tankId: string, grams: number, maxPolls = 150): Promise<FeedResult> {
    return new Promise<FeedResult>((resolve, reject) => {
      let startGrams: number | undefined;
      let polls = 0;
      let done = false;
      let inFlight = false;

      const stop = (): void => {
        done = true;
        clearInterval(interval);
        this.motor.stop(tankId);
      };

      const poll = (): void => {
        if (done || inFlight) return;
        inFlight = true;
        polls += 1;
        this.scale.read((err, reading) => {
          inFlight = false;
          if (done) return;
          if (err || reading === undefined) {
            stop();
            reject(err ?? new Error(`hopper scale for ${tankId} returned no reading`));
            return;
          }
          startGrams ??= reading;
          const dispensed = startGrams - reading;
          if (dispensed >= grams) {
            stop();
            resolve({ tankId, dispensedGrams: dispensed, polls });
            return;
          }
          if (polls >= maxPolls) {
            stop();
            reject(new Error(`feeder for ${tankId} jammed: ${dispensed.toFixed(1)} g of ${grams} g after ${polls} polls`));
          }
        });
      };

      this.motor.start(tankId);
      const interval = setInterval(poll, this.pollMs);
      poll();
    });
  }
}

export async function morningFeed(station: FeedingStation, plan: Record<string, number>): Promise<FeedResult[]> {
  const results: FeedResult[] = [];
  for (const [tankId, grams] of Object.entries(plan)) {
    results.push(await station.dispense(tankId, grams));
  }
  return results;
}
