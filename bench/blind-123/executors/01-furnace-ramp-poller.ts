// expect: no-multiple-settle
// When the crown temperature reaches the target the executor resolves but never clears the polling interval, so every later tick (and eventually the timeout branch) settles the same promise again.
import { EventEmitter } from 'node:events';

export interface FurnaceController {
  readonly id: string;
  readCrownTemperature(): number;
  setBurnerOutput(percent: number): void;
}

export interface RampOptions {
  targetCelsius: number;
  toleranceCelsius?: number;
  pollMs?: number;
  timeoutMs?: number;
}

export interface RampSample {
  furnace: string;
  celsius: number;
  elapsedMs: number;
}

const MIN_HOLD_OUTPUT = 12;
const MAX_HOLD_OUTPUT = 68;

function holdOutputFor(current: number, target: number): number {
  // crude proportional hold: a glory hole at 1100C needs roughly 40% burner
  const base = (target / 1100) * 40;
  const correction = (target - current) * 0.8;
  return Math.min(MAX_HOLD_OUTPUT, Math.max(MIN_HOLD_OUTPUT, Math.round(base + correction)));
}

export class FurnaceRamp extends EventEmitter {
  private samples: RampSample[] = [];

  constructor(private readonly furnace: FurnaceController) {
    super();
  }

  history(): readonly RampSample[] {
    return this.samples;
  }

  waitForTarget(opts: RampOptions): Promise<number> {
    const tolerance = opts.toleranceCelsius ?? 5;
    const pollMs = opts.pollMs ?? 2_000;
    const timeoutMs = opts.timeoutMs ?? 45 * 60_000;
    const startedAt = Date.now();
    this.samples = [];

    return new Promise<number>((resolve, reject) => {
      const handle = setInterval(() => {
        let celsius: number;
        try {
          celsius = this.furnace.readCrownTemperature();
        } catch (err) {
          clearInterval(handle);
          reject(err);
          return;
        }

        const sample: RampSample = {
          furnace: this.furnace.id,
          celsius,
          elapsedMs: Date.now() - startedAt,
        };
        this.samples.push(sample);
        this.emit('sample', sample);

        if (Math.abs(celsius - opts.targetCelsius) <= tolerance) {
          this.furnace.setBurnerOutput(holdOutputFor(celsius, opts.targetCelsius));
          this.emit('at-temperature', sample);
          resolve(celsius);
          return;
        }

        if (sample.elapsedMs > timeoutMs) {
          clearInterval(handle);
          this.furnace.setBurnerOutput(MIN_HOLD_OUTPUT);
          reject(
            new Error(
              `furnace ${this.furnace.id} stalled at ${celsius}C after ${Math.round(sample.elapsedMs / 60_000)} min (target ${opts.targetCelsius}C)`,
            ),
          );
        }
      }, pollMs);
    });
  }
}

export async function rampAndReport(furnace: FurnaceController, target: number): Promise<string> {
  const ramp = new FurnaceRamp(furnace);
  const reached = await ramp.waitForTarget({ targetCelsius: target, pollMs: 1_000 });
  const samples = ramp.history();
  const minutes = samples.length ? samples[samples.length - 1].elapsedMs / 60_000 : 0;
  return `${furnace.id}: ${reached}C in ${minutes.toFixed(1)} min over ${samples.length} samples`;
}
