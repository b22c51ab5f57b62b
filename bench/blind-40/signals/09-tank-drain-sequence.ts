// expect: require-signal-propagation
// DrainTankOperation.run() receives the runner's AbortSignal but never checks or forwards it, so an operator cancel does not stop the valve sequence.
export interface HatcheryTank {
  tankId: string;
  species: 'rainbow_trout' | 'chinook' | 'arctic_char';
  drainValveId: string;
  inletValveId: string;
  depthCm: number;
}

export interface MaintenanceOperation {
  readonly name: string;
  run(signal: AbortSignal): Promise<string>;
}

declare const valves: {
  setPosition(valveId: string, openPct: number): Promise<void>;
};

declare const levelSensor: {
  nextReadingCm(tankId: string): Promise<number>;
};

declare const fishTransfer: {
  confirmEmpty(tankId: string): Promise<boolean>;
};

export class DrainTankOperation implements MaintenanceOperation {
  readonly name: string;

  constructor(
    private readonly tank: HatcheryTank,
    private readonly targetCm = 5,
    private readonly maxSteps = 60,
  ) {
    this.name = `drain ${tank.tankId}`;
  }

  async run(signal: AbortSignal): Promise<string> {
    if (!(await fishTransfer.confirmEmpty(this.tank.tankId))) {
      throw new Error(`${this.tank.tankId} still holds ${this.tank.species}; transfer fish first`);
    }

    await valves.setPosition(this.tank.inletValveId, 0);
    let openPct = 10;
    let level = this.tank.depthCm;
    let lastLevel = level;

    try {
      for (let step = 0; step < this.maxSteps && level > this.targetCm; step++) {
        await valves.setPosition(this.tank.drainValveId, openPct);
        level = await levelSensor.nextReadingCm(this.tank.tankId);
        // open further if the level is dropping by less than 1 cm per reading
        if (lastLevel - level < 1 && openPct < 100) {
          openPct = Math.min(100, openPct + 10);
        }
        lastLevel = level;
      }
    } finally {
      await valves.setPosition(this.tank.drainValveId, 0);
    }

    if (level > this.targetCm) {
      throw new Error(`${this.tank.tankId} stalled at ${level} cm`);
    }
    return `${this.tank.tankId} drained to ${level} cm`;
  }
}

export class MaintenanceRunner {
  private current: AbortController | null = null;

  async runAll(operations: readonly MaintenanceOperation[]): Promise<string[]> {
    const log: string[] = [];
    for (const op of operations) {
      this.current = new AbortController();
      try {
        log.push(await op.run(this.current.signal));
      } finally {
        this.current = null;
      }
    }
    return log;
  }

  cancel(reason = 'cancelled by operator'): void {
    this.current?.abort(new Error(reason));
  }
}
