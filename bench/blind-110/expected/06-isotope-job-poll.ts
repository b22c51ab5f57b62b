// expect: none
// waitForMeasurement() calls jobStatus() again on every iteration of the polling loop, so each poll observes the spectrometer's current state.
import { setTimeout as sleep } from 'node:timers/promises';

export interface IsotopeResult {
  sampleId: string;
  d18O: number;
  dD: number;
  stdDev: number;
}

export type JobStatus =
  | { state: 'queued'; position: number }
  | { state: 'running'; pct: number }
  | { state: 'done'; result: IsotopeResult }
  | { state: 'failed'; reason: string };

export interface SpectrometerQueue {
  submit(sampleId: string, vialPosition: number): Promise<string>;
  jobStatus(jobId: string): Promise<JobStatus>;
}

export class IsotopeRunner {
  constructor(
    private readonly queue: SpectrometerQueue,
    private readonly pollMs = 5_000,
    private readonly maxPolls = 240,
  ) {}

  async waitForMeasurement(jobId: string): Promise<IsotopeResult> {
    for (let poll = 0; poll < this.maxPolls; poll++) {
      const status = await this.queue.jobStatus(jobId);
      if (status.state === 'done') return status.result;
      if (status.state === 'failed') throw new Error(`spectrometer job ${jobId} failed: ${status.reason}`);
      await sleep(status.state === 'queued' ? this.pollMs * Math.min(status.position, 6) : this.pollMs);
    }
    throw new Error(`spectrometer job ${jobId} still unfinished after ${this.maxPolls} polls`);
  }

  async measure(sampleId: string, vialPosition: number): Promise<IsotopeResult> {
    const jobId = await this.queue.submit(sampleId, vialPosition);
    const result = await this.waitForMeasurement(jobId);
    if (result.stdDev > 0.1) {
      throw new Error(`${sampleId}: δ18O precision ${result.stdDev}‰ is outside lab tolerance`);
    }
    return result;
  }

  async measureTray(samples: Array<{ sampleId: string; vial: number }>): Promise<IsotopeResult[]> {
    const results: IsotopeResult[] = [];
    // The autosampler runs one vial at a time, so the tray is measured in order.
    for (const s of samples) results.push(await this.measure(s.sampleId, s.vial));
    return results;
  }
}
