// expect: no-unobserved-promise
// The elevation slew promise is started alongside azimuth but only awaited after azimuth finishes, so an elevation fault during the azimuth move rejects with no handler attached.
export interface AxisDrive {
  slew(axis: 'az' | 'el', targetDeg: number, rateDegPerS: number): Promise<number>;
  stop(axis: 'az' | 'el'): Promise<void>;
}

export interface PointingLimits {
  minElDeg: number;
  maxElDeg: number;
  azWrapDeg: number;
}

export interface Pointing {
  azDeg: number;
  elDeg: number;
}

export interface SlewLog {
  requested: Pointing;
  achieved: Pointing;
  seconds: number;
}

const AZ_RATE = 0.5;
const EL_RATE = 0.3;

function normaliseAz(az: number, wrap: number): number {
  let a = az % 360;
  if (a < 0) a += 360;
  return a > wrap ? a - 360 : a;
}

export class DualAxisMount {
  constructor(private readonly drive: AxisDrive, private readonly limits: PointingLimits) {}

  async pointAt(target: Pointing): Promise<SlewLog> {
    if (target.elDeg < this.limits.minElDeg || target.elDeg > this.limits.maxElDeg) {
      throw new RangeError(`elevation ${target.elDeg} outside ${this.limits.minElDeg}-${this.limits.maxElDeg}`);
    }
    const az = normaliseAz(target.azDeg, this.limits.azWrapDeg);
    const started = performance.now();

    const azMove = this.drive.slew('az', az, AZ_RATE);
    const elMove = this.drive.slew('el', target.elDeg, EL_RATE);

    let achievedAz: number;
    try {
      achievedAz = await azMove;
    } catch (err) {
      await this.drive.stop('el');
      throw err;
    }
    const achievedEl = await elMove;

    return {
      requested: target,
      achieved: { azDeg: achievedAz, elDeg: achievedEl },
      seconds: (performance.now() - started) / 1000,
    };
  }

  async stow(): Promise<void> {
    await this.drive.stop('az');
    await this.drive.stop('el');
    await this.pointAt({ azDeg: 0, elDeg: this.limits.maxElDeg });
  }
}

export function pointingError(log: SlewLog): number {
  const dAz = (log.achieved.azDeg - log.requested.azDeg) * Math.cos((log.requested.elDeg * Math.PI) / 180);
  const dEl = log.achieved.elDeg - log.requested.elDeg;
  return Math.hypot(dAz, dEl) * 3600;
}
