// expect: no-multiple-settle
// slewTo() clears its deadline timer on a drive fault but not when the dish arrives, so the timer later rejects (and halts the dish) after resolve.
import { EventEmitter } from 'node:events';

export interface AzEl {
  azimuth: number;
  elevation: number;
}

interface DishTelemetry extends AzEl {
  dishId: string;
  driveCurrentAmps: number;
}

type DriveCommand = { op: 'slew'; target: AzEl } | { op: 'stow' } | { op: 'halt' };

declare const driveBus: EventEmitter & {
  send(dishId: string, command: DriveCommand): void;
};

declare const ops: {
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
};

const POINTING_TOLERANCE_DEG = 0.02;
const ELEVATION_LIMITS = { min: 8, max: 88 };
const AZ_RATE_DEG_PER_S = 0.5;
const EL_RATE_DEG_PER_S = 0.3;
const STOW_POSITION: AzEl = { azimuth: 180, elevation: 88 };

function angularDistance(a: AzEl, b: AzEl): number {
  const dAz = Math.abs(((a.azimuth - b.azimuth + 540) % 360) - 180);
  const dEl = Math.abs(a.elevation - b.elevation);
  return Math.hypot(dAz * Math.cos((a.elevation * Math.PI) / 180), dEl);
}

function estimateSlewMs(from: AzEl, to: AzEl): number {
  const dAz = Math.abs(((from.azimuth - to.azimuth + 540) % 360) - 180);
  const dEl = Math.abs(from.elevation - to.elevation);
  // Axes move independently; the slower one dominates.
  return Math.ceil(Math.max(dAz / AZ_RATE_DEG_PER_S, dEl / EL_RATE_DEG_PER_S) * 1000);
}

export class DishPointer {
  private lastKnown: AzEl | undefined;

  constructor(
    private readonly dishId: string,
    private readonly slackMs = 15_000,
  ) {
    driveBus.on('telemetry', (t: DishTelemetry) => {
      if (t.dishId === this.dishId) {
        this.lastKnown = { azimuth: t.azimuth, elevation: t.elevation };
      }
    });
  }

  get position(): AzEl | undefined {
    return this.lastKnown;
  }

  slewTo(target: AzEl): Promise<AzEl> {
    if (target.elevation < ELEVATION_LIMITS.min || target.elevation > ELEVATION_LIMITS.max) {
      return Promise.reject(
        new RangeError(`elevation ${target.elevation} outside ${ELEVATION_LIMITS.min}..${ELEVATION_LIMITS.max}`),
      );
    }
    const from = this.lastKnown ?? STOW_POSITION;
    const budgetMs = estimateSlewMs(from, target) + this.slackMs;

    return new Promise<AzEl>((resolve, reject) => {
      const detach = () => {
        driveBus.off('telemetry', onTelemetry);
        driveBus.off('fault', onFault);
      };
      const onTelemetry = (t: DishTelemetry) => {
        if (t.dishId !== this.dishId) return;
        if (angularDistance(t, target) <= POINTING_TOLERANCE_DEG) {
          detach();
          resolve({ azimuth: t.azimuth, elevation: t.elevation });
        }
      };
      const onFault = (dishId: string, reason: string) => {
        if (dishId !== this.dishId) return;
        detach();
        clearTimeout(deadline);
        reject(new Error(`dish ${dishId} drive fault during slew: ${reason}`));
      };
      const deadline = setTimeout(() => {
        detach();
        driveBus.send(this.dishId, { op: 'halt' });
        reject(new Error(`slew to ${target.azimuth}/${target.elevation} exceeded ${budgetMs} ms`));
      }, budgetMs);

      driveBus.on('telemetry', onTelemetry);
      driveBus.on('fault', onFault);
      driveBus.send(this.dishId, { op: 'slew', target });
    });
  }

  async stow(): Promise<void> {
    ops.info('stowing dish', { dishId: this.dishId });
    await this.slewTo(STOW_POSITION);
  }

  async raster(center: AzEl, spanDeg: number, steps: number, dwellMs: number): Promise<AzEl[]> {
    const visited: AzEl[] = [];
    const stepDeg = spanDeg / Math.max(steps - 1, 1);
    for (let row = 0; row < steps; row++) {
      for (let col = 0; col < steps; col++) {
        const target: AzEl = {
          azimuth: center.azimuth - spanDeg / 2 + col * stepDeg,
          elevation: center.elevation - spanDeg / 2 + row * stepDeg,
        };
        try {
          visited.push(await this.slewTo(target));
        } catch (err) {
          ops.warn('raster point skipped', { dishId: this.dishId, target, err: String(err) });
          continue;
        }
        await new Promise<void>((resolve) => setTimeout(resolve, dwellMs));
      }
    }
    return visited;
  }
}
