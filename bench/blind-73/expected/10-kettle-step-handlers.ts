// expect: none
// handlerFor() returns this.boil / this.rest as values on purpose: they are bound arrow properties typed as StepHandler and the ceremony calls them.
import { setTimeout as wait } from 'node:timers/promises';

export type CeremonyStep = 'fill' | 'boil' | 'rest' | 'pour';

export type StepHandler = (kettleId: string) => Promise<void>;

interface KettleHardware {
  fill(kettleId: string, ml: number): Promise<void>;
  heatTo(kettleId: string, celsius: number): Promise<void>;
  temperature(kettleId: string): Promise<number>;
  tilt(kettleId: string, degrees: number): Promise<void>;
}

declare const hardware: KettleHardware;

declare const chime: {
  ring(times: number): Promise<void>;
};

const WATER_ML = 900;

export class KettleCeremony {
  private readonly timeline: Array<{ step: CeremonyStep; at: number }> = [];

  constructor(
    private readonly boilC = 96,
    private readonly pourC = 80,
  ) {}

  readonly fill: StepHandler = async (kettleId) => {
    await hardware.fill(kettleId, WATER_ML);
    this.mark('fill');
  };

  readonly boil: StepHandler = async (kettleId) => {
    await hardware.heatTo(kettleId, this.boilC);
    await chime.ring(1);
    this.mark('boil');
  };

  readonly rest: StepHandler = async (kettleId) => {
    let temp = await hardware.temperature(kettleId);
    while (temp > this.pourC) {
      await wait(2_000);
      temp = await hardware.temperature(kettleId);
    }
    this.mark('rest');
  };

  readonly pour: StepHandler = async (kettleId) => {
    await hardware.tilt(kettleId, 35);
    await wait(4_000);
    await hardware.tilt(kettleId, 0);
    this.mark('pour');
  };

  handlerFor(step: CeremonyStep): StepHandler {
    switch (step) {
      case 'fill':
        return this.fill;
      case 'boil':
        return this.boil;
      case 'rest':
        return this.rest;
      case 'pour':
        return this.pour;
    }
  }

  private mark(step: CeremonyStep): void {
    this.timeline.push({ step, at: Date.now() });
  }

  async perform(kettleId: string, steps: CeremonyStep[]): Promise<number> {
    const started = Date.now();
    for (const step of steps) {
      const handler = this.handlerFor(step);
      await handler(kettleId);
    }
    return Date.now() - started;
  }

  durations(): Record<string, number> {
    const out: Record<string, number> = {};
    for (let i = 1; i < this.timeline.length; i++) {
      const prev = this.timeline[i - 1]!;
      const cur = this.timeline[i]!;
      out[`${prev.step}->${cur.step}`] = cur.at - prev.at;
    }
    return out;
  }
}
