// expect: none
// Correct: the interval callback is synchronous and each poll promise is deliberately fire-and-forget with a .catch that routes failures to the 'error' event.
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface WaterSample {
  tankId: string;
  at: Date;
  ph: number;
  ammoniaPpm: number;
  nitritePpm: number;
  tempC: number;
}

declare const telemetryStore: {
  append(sample: WaterSample): Promise<void>;
};

const SAFE = { phMin: 7.8, phMax: 8.4, ammoniaMax: 0.25, nitriteMax: 0.5 };

export class AquariumProbePoller extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;

  constructor(
    private readonly tankId: string,
    private readonly probeBinary = '/usr/local/bin/aqprobe',
  ) {
    super();
  }

  start(intervalMs = 30_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.inFlight) return;
      this.inFlight = true;
      this.pollOnce()
        .catch((err: unknown) => this.emit('error', err))
        .finally(() => {
          this.inFlight = false;
        });
    }, intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async readProbe(): Promise<WaterSample> {
    const { stdout } = await execFileAsync(this.probeBinary, ['--tank', this.tankId, '--json'], {
      timeout: 10_000,
    });
    const raw = JSON.parse(stdout) as Omit<WaterSample, 'tankId' | 'at'>;
    return { ...raw, tankId: this.tankId, at: new Date() };
  }

  private async pollOnce(): Promise<void> {
    const sample = await this.readProbe();
    this.emit('sample', sample);

    const problems: string[] = [];
    if (sample.ph < SAFE.phMin || sample.ph > SAFE.phMax) problems.push(`pH ${sample.ph}`);
    if (sample.ammoniaPpm > SAFE.ammoniaMax) problems.push(`ammonia ${sample.ammoniaPpm} ppm`);
    if (sample.nitritePpm > SAFE.nitriteMax) problems.push(`nitrite ${sample.nitritePpm} ppm`);
    if (problems.length > 0) {
      this.emit('out-of-range', { tankId: this.tankId, problems });
    }

    // storage is best effort; a slow write shouldn't hold up the next reading
    void telemetryStore.append(sample).catch((err: unknown) => {
      this.emit('warning', new Error(`could not persist sample for ${this.tankId}`, { cause: err }));
    });
  }
}
