// expect: no-uncalled-async-function
// The calibration step maps each instrument to its calibrate method instead of calling it, so Promise.all resolves immediately with functions and nothing is calibrated.
export interface Instrument {
  name: 'imager' | 'spectrograph' | 'guider';
  calibrate(): Promise<void>;
  coolTo(tempC: number): Promise<number>;
}

export interface Dome {
  open(): Promise<void>;
  humidityPct(): Promise<number>;
}

export interface NightPlan {
  date: string;
  firstTargetUtc: string;
  programmes: string[];
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
}

export interface PrepReport {
  date: string;
  calibrated: string[];
  detectorTempsC: Record<string, number>;
  domeOpen: boolean;
}

export class NightPreparation {
  constructor(
    private readonly dome: Dome,
    private readonly instruments: Instrument[],
    private readonly log: Logger,
    private readonly maxHumidityPct = 85,
  ) {}

  async prepare(plan: NightPlan): Promise<PrepReport> {
    this.log.info('night prep started', { date: plan.date, programmes: plan.programmes.length });

    const temps = await Promise.all(
      this.instruments.map(async (inst) => [inst.name, await inst.coolTo(inst.name === 'guider' ? -20 : -100)] as const),
    );

    await Promise.all(this.instruments.map((inst) => inst.calibrate));
    const calibrated = this.instruments.map((i) => i.name);

    const humidity = await this.dome.humidityPct();
    let domeOpen = false;
    if (humidity <= this.maxHumidityPct) {
      await this.dome.open();
      domeOpen = true;
    } else {
      this.log.info('dome kept closed', { humidity });
    }

    return {
      date: plan.date,
      calibrated,
      detectorTempsC: Object.fromEntries(temps),
      domeOpen,
    };
  }

  static minutesUntilFirstTarget(plan: NightPlan, now: Date): number {
    const first = Date.parse(plan.firstTargetUtc);
    return Math.max(0, Math.round((first - now.getTime()) / 60_000));
  }
}
