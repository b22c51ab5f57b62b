// expect: no-uncalled-async-function
// The preflight list puts this.checkWind into Promise.allSettled without calling it, so the wind check never runs and its entry always counts as passed.
export interface WindReading {
  speedMs: number;
  gustMs: number;
  bearingDeg: number;
}

export interface SiteSensors {
  wind(): Promise<WindReading>;
  perimeterBreaches(): Promise<string[]>;
  igniterContinuity(): Promise<{ module: string; open: number[] }[]>;
}

export interface PreflightResult {
  go: boolean;
  failures: string[];
  checkedAt: Date;
}

export class DisplayPreflight {
  constructor(
    private readonly sensors: SiteSensors,
    private readonly maxWindMs = 9,
    private readonly fallOutBearing: [number, number] = [120, 240],
  ) {}

  private async checkWind(): Promise<void> {
    const w = await this.sensors.wind();
    if (w.gustMs > this.maxWindMs) {
      throw new Error(`gusts of ${w.gustMs} m/s exceed the ${this.maxWindMs} m/s limit`);
    }
    const [from, to] = this.fallOutBearing;
    if (w.speedMs > 3 && (w.bearingDeg < from || w.bearingDeg > to)) {
      throw new Error(`wind from ${w.bearingDeg}° would carry debris over the audience`);
    }
  }

  private async checkPerimeter(): Promise<void> {
    const breaches = await this.sensors.perimeterBreaches();
    if (breaches.length > 0) {
      throw new Error(`safety perimeter breached at ${breaches.join(', ')}`);
    }
  }

  private async checkIgniters(): Promise<void> {
    const modules = await this.sensors.igniterContinuity();
    const open = modules.filter((m) => m.open.length > 0);
    if (open.length > 0) {
      throw new Error(`open igniter circuits: ${open.map((m) => `${m.module}[${m.open.join(',')}]`).join(' ')}`);
    }
  }

  async run(): Promise<PreflightResult> {
    const results = await Promise.allSettled([this.checkPerimeter(), this.checkWind, this.checkIgniters()]);

    const failures: string[] = [];
    for (const r of results) {
      if (r.status === 'rejected') {
        failures.push(r.reason instanceof Error ? r.reason.message : String(r.reason));
      }
    }
    return { go: failures.length === 0, failures, checkedAt: new Date() };
  }

  static announce(result: PreflightResult): string {
    return result.go
      ? `Preflight GO at ${result.checkedAt.toISOString()}`
      : `Preflight HOLD:\n - ${result.failures.join('\n - ')}`;
  }
}
