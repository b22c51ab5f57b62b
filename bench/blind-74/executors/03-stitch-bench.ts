// expect: no-multiple-settle
// readRegister() rejects on a port error but falls through to resolve(0) in the same callback, settling twice.
export interface StitchCounters {
  booklets: number;
  staplesUsed: number;
  jams: number;
  headCycles: number;
}

type RegisterCallback = (err: Error | null, raw?: Buffer) => void;

declare const benchPort: {
  readonly path: string;
  query(register: number, cb: RegisterCallback): void;
  write(register: number, value: number, cb: (err: Error | null) => void): void;
};

declare const shopFloor: {
  record(metric: string, value: number, tags: Record<string, string>): void;
};

export class BenchError extends Error {
  constructor(
    message: string,
    readonly register: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BenchError';
  }
}

const REG = {
  booklets: 0x10,
  staples: 0x12,
  jams: 0x14,
  headCycles: 0x16,
  resetCounters: 0x40,
  staplesPerBooklet: 0x42,
} as const;

const STAPLE_CARTRIDGE_SIZE = 5_000;

export class SaddleStitchBench {
  private portFaults = 0;

  constructor(private readonly benchId: string) {}

  get faults(): number {
    return this.portFaults;
  }

  private readRegister(register: number): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      benchPort.query(register, (err, raw) => {
        if (err) {
          this.portFaults++;
          reject(new BenchError(`read of 0x${register.toString(16)} failed on ${benchPort.path}`, register, { cause: err }));
        }
        const value = raw && raw.length >= 2 ? raw.readUInt16BE(0) : 0;
        resolve(value);
      });
    });
  }

  private writeRegister(register: number, value: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      benchPort.write(register, value, (err) => {
        if (err) {
          this.portFaults++;
          reject(new BenchError(`write of 0x${register.toString(16)} failed`, register, { cause: err }));
          return;
        }
        resolve();
      });
    });
  }

  async counters(): Promise<StitchCounters> {
    // The bench firmware serialises register access; issue reads one at a time.
    const booklets = await this.readRegister(REG.booklets);
    const staplesUsed = await this.readRegister(REG.staples);
    const jams = await this.readRegister(REG.jams);
    const headCycles = await this.readRegister(REG.headCycles);
    return { booklets, staplesUsed, jams, headCycles };
  }

  async configure(staplesPerBooklet: 2 | 3 | 4): Promise<void> {
    await this.writeRegister(REG.staplesPerBooklet, staplesPerBooklet);
    const echoed = await this.readRegister(REG.staplesPerBooklet);
    if (echoed !== staplesPerBooklet) {
      throw new BenchError(`bench kept ${echoed} staples per booklet`, REG.staplesPerBooklet);
    }
  }

  async closeShift(): Promise<StitchCounters> {
    const totals = await this.counters();
    const tags = { bench: this.benchId };
    shopFloor.record('stitch.booklets', totals.booklets, tags);
    shopFloor.record('stitch.staples', totals.staplesUsed, tags);
    shopFloor.record('stitch.jams', totals.jams, tags);
    shopFloor.record('stitch.cartridges', Math.ceil(totals.staplesUsed / STAPLE_CARTRIDGE_SIZE), tags);
    await this.writeRegister(REG.resetCounters, 1);
    return totals;
  }

  async jamRate(): Promise<number> {
    const { booklets, jams } = await this.counters();
    return booklets === 0 ? 0 : jams / booklets;
  }
}
