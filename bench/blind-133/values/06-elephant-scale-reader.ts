// expect: none
// The weight written inside the scale callback is only read after awaiting the promise that the same callback resolves, so the value is always the fresh reading.
export interface PlatformScale {
  weigh(bay: number, cb: (err: Error | null, kilograms?: number) => void): void;
  tare(bay: number, cb: (err: Error | null) => void): void;
}

export interface WeighIn {
  residentId: string;
  kilograms: number;
  changeKg: number;
  at: Date;
}

export interface WeightHistory {
  lastWeight(residentId: string): Promise<number | undefined>;
  append(entry: WeighIn): Promise<void>;
}

export class ElephantScaleReader {
  private lastReadingKg = 0;

  constructor(
    private readonly scale: PlatformScale,
    private readonly history: WeightHistory,
    private readonly bay = 1,
  ) {}

  get lastReading(): number {
    return this.lastReadingKg;
  }

  private tare(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.scale.tare(this.bay, (err) => (err ? reject(err) : resolve()));
    });
  }

  private async readStable(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.scale.weigh(this.bay, (err, kilograms) => {
        if (err || kilograms === undefined) {
          reject(err ?? new Error(`bay ${this.bay} returned no weight`));
          return;
        }
        this.lastReadingKg = kilograms;
        resolve();
      });
    });
    return this.lastReadingKg;
  }

  async weighIn(residentId: string): Promise<WeighIn> {
    await this.tare();
    const kilograms = await this.readStable();
    if (kilograms < 1_500 || kilograms > 7_000) {
      throw new Error(`implausible weight ${kilograms}kg for ${residentId}; is the bay clear?`);
    }
    const previous = await this.history.lastWeight(residentId);
    const entry: WeighIn = {
      residentId,
      kilograms,
      changeKg: previous === undefined ? 0 : kilograms - previous,
      at: new Date(),
    };
    await this.history.append(entry);
    return entry;
  }
}
