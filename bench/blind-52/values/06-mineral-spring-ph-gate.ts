// expect: no-read-before-settle
// openValve posts a sample request to the analyser worker and then reads this.lastSample synchronously, before the worker's reply can arrive.
import { Worker } from 'node:worker_threads';

export interface SpringSample {
  requestId: number;
  ph: number;
  tdsMgL: number;
  nitrateMgL: number;
  takenAt: number;
}

declare const plantConfig: {
  analyserScript: URL;
  springId: string;
};

declare const valves: {
  open(springId: string, line: number): Promise<void>;
  close(springId: string, line: number): Promise<void>;
};

declare const labNotebook: {
  append(springId: string, sample: SpringSample): Promise<void>;
};

const PH_RANGE: readonly [number, number] = [6.5, 8.2];
const MAX_NITRATE_MG_L = 10;

export class WaterQualityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WaterQualityError';
  }
}

export class SpringIntakeGate {
  private readonly analyser: Worker;
  private lastSample: SpringSample | undefined;
  private nextRequestId = 1;

  constructor() {
    this.analyser = new Worker(plantConfig.analyserScript);
    this.analyser.on('message', (sample: SpringSample) => {
      this.lastSample = sample;
    });
    this.analyser.on('error', () => {
      this.lastSample = undefined;
    });
  }

  private assertDrinkable(sample: SpringSample | undefined): asserts sample is SpringSample {
    if (!sample) {
      throw new WaterQualityError('no analyser sample available');
    }
    const [lo, hi] = PH_RANGE;
    if (sample.ph < lo || sample.ph > hi) {
      throw new WaterQualityError(`pH ${sample.ph.toFixed(2)} outside ${lo}–${hi}`);
    }
    if (sample.nitrateMgL > MAX_NITRATE_MG_L) {
      throw new WaterQualityError(`nitrate ${sample.nitrateMgL} mg/L over limit`);
    }
  }

  async openValve(line: number): Promise<SpringSample> {
    const requestId = this.nextRequestId++;
    this.analyser.postMessage({ cmd: 'sample', requestId, springId: plantConfig.springId });

    const sample = this.lastSample;
    this.assertDrinkable(sample);

    await valves.open(plantConfig.springId, line);
    await labNotebook.append(plantConfig.springId, sample);
    return sample;
  }

  async closeValve(line: number): Promise<void> {
    await valves.close(plantConfig.springId, line);
  }

  async shutdown(): Promise<void> {
    await this.analyser.terminate();
  }
}
