// expect: no-multiple-settle
// The cache-hit branch resolves without returning, so the probe is still sampled and its callback settles the promise a second time (its error or fresh reading is silently dropped).
export interface RawSample {
  t: number; // tenths of a degree C
  rh: number; // tenths of a percent
  ts: number;
}

export interface CaveProbe {
  sample(shelf: string, cb: (err: Error | null, raw?: RawSample) => void): void;
}

export interface ShelfClimate {
  shelf: string;
  tempC: number;
  humidity: number;
  at: Date;
}

export interface AgingLimits {
  minTempC: number;
  maxTempC: number;
  minHumidity: number;
}

export class CaveClimate {
  private readonly cache = new Map<string, ShelfClimate>();

  constructor(
    private readonly probe: CaveProbe,
    private readonly maxAgeMs = 60_000,
  ) {}

  readShelf(shelf: string): Promise<ShelfClimate> {
    return new Promise<ShelfClimate>((resolve, reject) => {
      const cached = this.cache.get(shelf);
      if (cached && Date.now() - cached.at.getTime() < this.maxAgeMs) {
        resolve(cached);
      }

      this.probe.sample(shelf, (err, raw) => {
        if (err || !raw) {
          reject(err ?? new Error(`probe returned no sample for shelf ${shelf}`));
          return;
        }
        const climate: ShelfClimate = {
          shelf,
          tempC: raw.t / 10,
          humidity: raw.rh / 10,
          at: new Date(raw.ts),
        };
        this.cache.set(shelf, climate);
        resolve(climate);
      });
    });
  }

  async shelvesOutOfRange(shelves: readonly string[], limits: AgingLimits): Promise<ShelfClimate[]> {
    const readings = await Promise.all(shelves.map((s) => this.readShelf(s)));
    return readings.filter(
      (r) => r.tempC < limits.minTempC || r.tempC > limits.maxTempC || r.humidity < limits.minHumidity,
    );
  }
}
