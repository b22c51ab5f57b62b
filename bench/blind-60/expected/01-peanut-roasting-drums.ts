// expect: no-uncalled-async-function
// startBatch passes this.preheatDrum (the method) to Promise.all instead of calling it, so the drum is never preheated before loading.
export interface RoastProfile {
  name: string;
  chargeTempC: number;
  dropTempC: number;
  maxMinutes: number;
}

export interface PeanutBatch {
  lot: string;
  variety: 'runner' | 'virginia' | 'spanish' | 'valencia';
  kg: number;
}

export interface RoastLog {
  lot: string;
  drumId: string;
  profile: string;
  minutes: number;
  dropTempC: number;
}

declare function sleep(ms: number): Promise<void>;

export interface DrumController {
  setBurner(pct: number): Promise<void>;
  readBeanTemp(): Promise<number>;
  readAirTemp(): Promise<number>;
  openHopperGate(): Promise<void>;
  weighHopper(): Promise<number>;
  dropToCoolingTray(): Promise<void>;
}

export class RoastingDrum {
  private busy = false;

  constructor(
    readonly drumId: string,
    private readonly ctl: DrumController,
    private readonly profile: RoastProfile,
  ) {}

  private async preheatDrum(): Promise<void> {
    await this.ctl.setBurner(85);
    for (let i = 0; i < 240; i++) {
      if ((await this.ctl.readAirTemp()) >= this.profile.chargeTempC) {
        await this.ctl.setBurner(60);
        return;
      }
      await sleep(5_000);
    }
    throw new Error(`${this.drumId} did not reach charge temp ${this.profile.chargeTempC}C`);
  }

  private async loadHopper(batch: PeanutBatch): Promise<number> {
    const kg = await this.ctl.weighHopper();
    if (Math.abs(kg - batch.kg) > 0.5) {
      throw new Error(`hopper holds ${kg}kg but lot ${batch.lot} is ${batch.kg}kg`);
    }
    return kg;
  }

  async startBatch(batch: PeanutBatch): Promise<RoastLog> {
    if (this.busy) throw new Error(`${this.drumId} is already roasting`);
    this.busy = true;
    try {
      await Promise.all([this.preheatDrum, this.loadHopper(batch)]);
      await this.ctl.openHopperGate();

      const started = Date.now();
      let beanTemp = await this.ctl.readBeanTemp();
      while (beanTemp < this.profile.dropTempC) {
        const minutes = (Date.now() - started) / 60_000;
        if (minutes > this.profile.maxMinutes) {
          await this.ctl.setBurner(0);
          throw new Error(`lot ${batch.lot} stalled at ${beanTemp}C after ${minutes.toFixed(1)} min`);
        }
        await sleep(10_000);
        beanTemp = await this.ctl.readBeanTemp();
      }

      await this.ctl.setBurner(0);
      await this.ctl.dropToCoolingTray();
      return {
        lot: batch.lot,
        drumId: this.drumId,
        profile: this.profile.name,
        minutes: Math.round((Date.now() - started) / 60_000),
        dropTempC: beanTemp,
      };
    } finally {
      this.busy = false;
    }
  }
}

export function profileFor(variety: PeanutBatch['variety']): RoastProfile {
  switch (variety) {
    case 'virginia':
      return { name: 'virginia-medium', chargeTempC: 190, dropTempC: 165, maxMinutes: 18 };
    case 'spanish':
      return { name: 'spanish-light', chargeTempC: 180, dropTempC: 158, maxMinutes: 15 };
    default:
      return { name: 'standard', chargeTempC: 185, dropTempC: 162, maxMinutes: 16 };
  }
}
