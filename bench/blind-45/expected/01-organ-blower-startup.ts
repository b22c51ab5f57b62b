// expect: no-uncalled-async-function
// startForService puts this.verifyReservoirSeal (the method itself) into Promise.all, so the seal check never runs.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WindReading {
  staticPressureMmWg: number;
  reservoirRiseMm: number;
  motorCurrentA: number;
}

declare const blowerVfd: {
  setFrequencyHz(hz: number): Promise<void>;
  readCurrentA(): Promise<number>;
};

declare const windSensors: {
  read(): Promise<WindReading>;
  reservoirLeakRateMmPerMin(): Promise<number>;
};

declare const consoleDisplay: {
  showStatus(line: string): Promise<void>;
};

const TARGET_PRESSURE_MM_WG = 95;
const RAMP_STEPS_HZ = [10, 20, 30, 40, 50];
const MAX_LEAK_MM_PER_MIN = 4;

export class OrganBlowerController {
  private running = false;

  constructor(private readonly rampDwellMs = 1_500) {}

  async spinUpBlower(): Promise<WindReading> {
    for (const hz of RAMP_STEPS_HZ) {
      await blowerVfd.setFrequencyHz(hz);
      await sleep(this.rampDwellMs);
      const current = await blowerVfd.readCurrentA();
      if (current > 18) {
        await blowerVfd.setFrequencyHz(0);
        throw new Error(`Blower motor drawing ${current.toFixed(1)} A at ${hz} Hz; aborting ramp`);
      }
    }
    return windSensors.read();
  }

  async verifyReservoirSeal(): Promise<void> {
    const leak = await windSensors.reservoirLeakRateMmPerMin();
    if (leak > MAX_LEAK_MM_PER_MIN) {
      throw new Error(`Reservoir leaking ${leak.toFixed(1)} mm/min; check bellows leather`);
    }
  }

  async startForService(): Promise<WindReading> {
    if (this.running) {
      return windSensors.read();
    }

    await consoleDisplay.showStatus('Wind: starting');
    const [, reading] = await Promise.all([this.verifyReservoirSeal, this.spinUpBlower()]);

    if (reading.staticPressureMmWg < TARGET_PRESSURE_MM_WG * 0.9) {
      await blowerVfd.setFrequencyHz(0);
      throw new Error(
        `Wind pressure only ${reading.staticPressureMmWg} mm WG (want ${TARGET_PRESSURE_MM_WG})`,
      );
    }

    this.running = true;
    await consoleDisplay.showStatus(`Wind: ${reading.staticPressureMmWg} mm WG`);
    return reading;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    for (const hz of [...RAMP_STEPS_HZ].reverse()) {
      await blowerVfd.setFrequencyHz(hz);
      await sleep(this.rampDwellMs / 2);
    }
    await blowerVfd.setFrequencyHz(0);
    this.running = false;
    await consoleDisplay.showStatus('Wind: off');
  }
}
