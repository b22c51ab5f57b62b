// expect: no-multiple-settle
// The success branch resolves without clearing the polling interval, so the interval keeps firing, resolving again on every tick and finally calling reject once the deadline passes.
export interface MountStatus {
  stationId: string;
  slewing: boolean;
  tracking: boolean;
  raHours: number;
  decDegrees: number;
  limitHit: boolean;
}

export interface MountDriver {
  status(): MountStatus;
  slewTo(raHours: number, decDegrees: number): Promise<void>;
  abortSlew(): Promise<void>;
}

export interface CometTarget {
  designation: string;
  raHours: number;
  decDegrees: number;
}

const ARCSEC_PER_DEGREE = 3600;

function separationArcsec(status: MountStatus, target: CometTarget): number {
  const dRa = (status.raHours - target.raHours) * 15 * Math.cos((target.decDegrees * Math.PI) / 180);
  const dDec = status.decDegrees - target.decDegrees;
  return Math.hypot(dRa, dDec) * ARCSEC_PER_DEGREE;
}

export function waitForSettle(
  mount: MountDriver,
  target: CometTarget,
  toleranceArcsec = 30,
  timeoutMs = 120_000,
): Promise<MountStatus> {
  const startedAt = Date.now();

  return new Promise<MountStatus>((resolve, reject) => {
    const poll = setInterval(() => {
      const status = mount.status();

      if (status.limitHit) {
        clearInterval(poll);
        reject(new Error(`${status.stationId}: mount hit a limit while slewing to ${target.designation}`));
        return;
      }

      if (!status.slewing && status.tracking && separationArcsec(status, target) <= toleranceArcsec) {
        resolve(status);
        return;
      }

      if (Date.now() - startedAt > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`${status.stationId}: slew to ${target.designation} did not settle in ${timeoutMs} ms`));
      }
    }, 1000);
  });
}

export class CometAcquisition {
  constructor(private readonly mount: MountDriver) {}

  async acquire(target: CometTarget): Promise<MountStatus> {
    await this.mount.slewTo(target.raHours, target.decDegrees);
    try {
      return await waitForSettle(this.mount, target);
    } catch (err) {
      await this.mount.abortSlew();
      throw err;
    }
  }

  async acquireAll(targets: CometTarget[]): Promise<Map<string, MountStatus>> {
    const acquired = new Map<string, MountStatus>();
    for (const target of targets) {
      acquired.set(target.designation, await this.acquire(target));
    }
    return acquired;
  }
}
