// expect: no-read-before-settle
// prepareBench reads this.calibration right after sending the calibrate command, before the jig's 'calibrated' event can have arrived, so the offset is always the stale or default value.
import { EventEmitter } from 'node:events';

export interface JigCalibration {
  offsetDeg: number;
  clampPressureKpa: number;
  measuredAt: number;
}

export interface FletchProfile {
  name: string;
  vanes: 3 | 4;
  helicalDeg: number;
  offsetFromNockMm: number;
  clampMm: number;
  glueCureSec: number;
}

export interface BenchSetup {
  profile: string;
  helicalDeg: number;
  clampPressureKpa: number;
  vaneAnglesDeg: number[];
}

export interface FletchingJig extends EventEmitter {
  send(command: { cmd: 'calibrate'; clampMm: number } | { cmd: 'home' }): void;
  setHelical(deg: number): Promise<void>;
  setNockOffset(mm: number): Promise<void>;
  setClampPressure(kpa: number): Promise<void>;
}

const DEFAULT_CLAMP_KPA = 140;

export class FletchingBench {
  private calibration: JigCalibration | undefined;

  constructor(private readonly jig: FletchingJig) {
    this.jig.on('calibrated', (c: JigCalibration) => {
      this.calibration = c;
    });
  }

  get lastCalibratedAt(): number | undefined {
    return this.calibration?.measuredAt;
  }

  async prepareBench(profile: FletchProfile): Promise<BenchSetup> {
    if (profile.vanes !== 3 && profile.vanes !== 4) {
      throw new Error(`unsupported vane count ${String(profile.vanes)}`);
    }

    this.jig.send({ cmd: 'calibrate', clampMm: profile.clampMm });
    const offset = this.calibration?.offsetDeg ?? 0;
    const clampPressureKpa = this.calibration?.clampPressureKpa ?? DEFAULT_CLAMP_KPA;

    const helicalDeg = profile.helicalDeg + offset;
    await this.jig.setHelical(helicalDeg);
    await this.jig.setNockOffset(profile.offsetFromNockMm);
    await this.jig.setClampPressure(clampPressureKpa);

    const step = 360 / profile.vanes;
    const vaneAnglesDeg = Array.from({ length: profile.vanes }, (_, i) => (i * step + offset + 360) % 360);

    return { profile: profile.name, helicalDeg, clampPressureKpa, vaneAnglesDeg };
  }

  describe(setup: BenchSetup): string {
    const angles = setup.vaneAnglesDeg.map((a) => a.toFixed(1)).join(' / ');
    return `${setup.profile}: helical ${setup.helicalDeg.toFixed(1)}°, clamp ${setup.clampPressureKpa} kPa, vanes at ${angles}`;
  }
}
