// expect: none
// Correct: concurrent callers intentionally share one in-flight climate read, which is cleared once it settles, so the cure loop gets a fresh read each cycle.
import { setTimeout as sleep } from 'node:timers/promises';

declare const ovenProbe: {
  temperature(ovenId: string): Promise<number>;
  humidity(ovenId: string): Promise<number>;
  setLamp(ovenId: string, uvOn: boolean): Promise<void>;
};

declare const workshopLog: {
  cureStep(ovenId: string, step: CureStep): Promise<void>;
};

export interface Climate {
  celsius: number;
  relativeHumidity: number;
  readAt: number;
}

export interface CureStep {
  coat: number;
  minutes: number;
  climate: Climate;
}

export class OvenClimate {
  private inflight: Promise<Climate> | null = null;

  constructor(private readonly ovenId: string) {}

  read(): Promise<Climate> {
    if (this.inflight) return this.inflight;
    const current = this.fetch().finally(() => {
      if (this.inflight === current) this.inflight = null;
    });
    this.inflight = current;
    return current;
  }

  private async fetch(): Promise<Climate> {
    const [celsius, relativeHumidity] = await Promise.all([
      ovenProbe.temperature(this.ovenId),
      ovenProbe.humidity(this.ovenId),
    ]);
    return { celsius, relativeHumidity, readAt: Date.now() };
  }
}

const SAFE_RANGE = { minC: 24, maxC: 32, maxRh: 55 };

function withinRange(c: Climate): boolean {
  return c.celsius >= SAFE_RANGE.minC && c.celsius <= SAFE_RANGE.maxC && c.relativeHumidity <= SAFE_RANGE.maxRh;
}

export async function cureCoats(ovenId: string, coats: number, minutesPerCoat = 90): Promise<CureStep[]> {
  const climate = new OvenClimate(ovenId);
  const steps: CureStep[] = [];

  for (let coat = 1; coat <= coats; coat++) {
    let elapsed = 0;
    await ovenProbe.setLamp(ovenId, true);
    while (elapsed < minutesPerCoat) {
      const reading = await climate.read();
      if (!withinRange(reading)) {
        await ovenProbe.setLamp(ovenId, false);
        throw new Error(`oven ${ovenId} out of range during coat ${coat}: ${reading.celsius}C/${reading.relativeHumidity}%`);
      }
      await sleep(60_000);
      elapsed += 1;
    }
    await ovenProbe.setLamp(ovenId, false);
    const step = { coat, minutes: elapsed, climate: await climate.read() };
    await workshopLog.cureStep(ovenId, step);
    steps.push(step);
  }
  return steps;
}

export async function dashboardSnapshot(ovens: OvenClimate[]): Promise<Climate[]> {
  // Several dashboard widgets may ask at once; each oven performs one probe read.
  return Promise.all(ovens.map((oven) => oven.read()));
}
