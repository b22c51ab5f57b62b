// expect: no-read-before-settle
// Bug: refreshLimits() assigns this.limits inside a .then callback, but planCharge reads this.limits synchronously right after calling it, so it uses the stale (or default) limits.
interface VibrationLimits {
  siteId: string;
  peakParticleVelocityMmS: number;
  airOverpressureDb: number;
  nearestStructureM: number;
  revision: number;
}

interface ChargePlan {
  blastId: string;
  maxInstantaneousChargeKg: number;
  delayMs: number;
  predictedPpvMmS: number;
}

declare const planningAuthority: { limits(siteId: string): Promise<VibrationLimits> };
declare const blastLog: { append(siteId: string, line: string): void };

const SITE_K = 1140;
const SITE_BETA = 1.6;

const CONSERVATIVE_DEFAULT: Omit<VibrationLimits, 'siteId'> = {
  peakParticleVelocityMmS: 6,
  airOverpressureDb: 120,
  nearestStructureM: 250,
  revision: 0,
};

function predictPpv(distanceM: number, chargeKg: number): number {
  return SITE_K * Math.pow(distanceM / Math.sqrt(chargeKg), -SITE_BETA);
}

export class BlastDesigner {
  private limits: VibrationLimits;

  constructor(private readonly siteId: string) {
    this.limits = { siteId, ...CONSERVATIVE_DEFAULT };
  }

  refreshLimits(): Promise<void> {
    return planningAuthority.limits(this.siteId).then((l) => {
      if (l.revision !== this.limits.revision) {
        blastLog.append(this.siteId, `vibration limits updated to revision ${l.revision}`);
      }
      this.limits = l;
    });
  }

  planCharge(blastId: string, holes: number, kgPerHole: number): ChargePlan {
    this.refreshLimits().catch((err) =>
      blastLog.append(this.siteId, `could not refresh limits, using revision ${this.limits.revision}: ${err}`),
    );

    const { peakParticleVelocityMmS, nearestStructureM } = this.limits;
    let perDelayKg = kgPerHole;
    let holesPerDelay = 1;
    while (
      holesPerDelay < holes &&
      predictPpv(nearestStructureM, perDelayKg + kgPerHole) <= peakParticleVelocityMmS
    ) {
      holesPerDelay += 1;
      perDelayKg += kgPerHole;
    }

    const plan: ChargePlan = {
      blastId,
      maxInstantaneousChargeKg: perDelayKg,
      delayMs: holesPerDelay === holes ? 0 : 25,
      predictedPpvMmS: Math.round(predictPpv(nearestStructureM, perDelayKg) * 100) / 100,
    };
    blastLog.append(
      this.siteId,
      `${blastId}: ${perDelayKg} kg per delay against ${peakParticleVelocityMmS} mm/s at ${nearestStructureM} m`,
    );
    return plan;
  }
}
