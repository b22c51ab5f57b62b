// expect: no-uncalled-async-function
// `await probe.calibrate` awaits the method reference instead of calling it, so drifting probes are never recalibrated before their ablation readings are logged.
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface StakeReading {
  stakeId: string;
  exposedCm: number;
  surfaceTempC: number;
  takenAt: Date;
}

export interface AblationProbe {
  readonly stakeId: string;
  readonly lastCalibrated: Date;
  driftCm(): Promise<number>;
  calibrate(): Promise<void>;
  read(): Promise<StakeReading>;
}

interface SurveyOptions {
  outputDir: string;
  maxDriftCm?: number;
  maxCalibrationAgeDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toCsvRow(r: StakeReading): string {
  return [r.stakeId, r.takenAt.toISOString(), r.exposedCm.toFixed(1), r.surfaceTempC.toFixed(2)].join(',') + '\n';
}

export class StakeSurvey {
  private readonly maxDriftCm: number;
  private readonly maxAgeMs: number;

  constructor(
    private readonly probes: AblationProbe[],
    private readonly options: SurveyOptions,
  ) {
    this.maxDriftCm = options.maxDriftCm ?? 0.5;
    this.maxAgeMs = (options.maxCalibrationAgeDays ?? 14) * DAY_MS;
  }

  private async needsCalibration(probe: AblationProbe, now: number): Promise<boolean> {
    if (now - probe.lastCalibrated.getTime() > this.maxAgeMs) return true;
    const drift = await probe.driftCm();
    return Math.abs(drift) > this.maxDriftCm;
  }

  async run(): Promise<StakeReading[]> {
    const now = Date.now();
    const readings: StakeReading[] = [];
    const failures: string[] = [];

    for (const probe of this.probes) {
      try {
        if (await this.needsCalibration(probe, now)) {
          await probe.calibrate;
        }
        readings.push(await probe.read());
      } catch (err) {
        // a single frozen probe shouldn't sink the whole survey
        failures.push(`${probe.stakeId}: ${(err as Error).message}`);
      }
    }

    await this.persist(readings, failures);
    return readings;
  }

  private async persist(readings: StakeReading[], failures: string[]): Promise<void> {
    await mkdir(this.options.outputDir, { recursive: true });
    const day = new Date().toISOString().slice(0, 10);
    if (readings.length > 0) {
      await appendFile(join(this.options.outputDir, `stakes-${day}.csv`), readings.map(toCsvRow).join(''));
    }
    if (failures.length > 0) {
      await appendFile(join(this.options.outputDir, `failures-${day}.log`), failures.join('\n') + '\n');
    }
  }
}
