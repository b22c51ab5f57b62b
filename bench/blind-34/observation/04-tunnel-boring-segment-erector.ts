// expect: no-floating-promises
// The async 'ring-complete' listener is handed to EventEmitter.on, which ignores its promise, so a failed survey upload becomes an unhandled rejection.
import { EventEmitter } from "node:events";

export interface RingRecord {
  ringNumber: number;
  chainageM: number;
  segments: number;
  groutLitres: number;
}

export interface SurveyPoint {
  ringNumber: number;
  horizontalDeviationMm: number;
  verticalDeviationMm: number;
}

declare const guidanceSystem: {
  measure(ringNumber: number): Promise<SurveyPoint>;
};

declare const projectDb: {
  insertRing(ring: RingRecord): Promise<void>;
  insertSurvey(point: SurveyPoint): Promise<void>;
};

declare const alarms: {
  raise(code: string, detail: string): void;
};

const DEVIATION_LIMIT_MM = 50;

export class SegmentErector extends EventEmitter {
  private ringsBuilt = 0;
  private chainage: number;

  constructor(startChainageM: number, private readonly ringWidthM = 1.5) {
    super();
    this.chainage = startChainageM;
    this.on("ring-complete", async (ring: RingRecord) => {
      await projectDb.insertRing(ring);
      const point = await guidanceSystem.measure(ring.ringNumber);
      await projectDb.insertSurvey(point);
      const worst = Math.max(
        Math.abs(point.horizontalDeviationMm),
        Math.abs(point.verticalDeviationMm),
      );
      if (worst > DEVIATION_LIMIT_MM) {
        alarms.raise("TBM-DEV", `ring ${ring.ringNumber} off alignment by ${worst}mm`);
      }
    });
  }

  completeRing(segments: number, groutLitres: number): RingRecord {
    if (segments < 6 || segments > 8) {
      throw new RangeError(`ring must have 6-8 segments, got ${segments}`);
    }
    this.ringsBuilt += 1;
    this.chainage += this.ringWidthM;
    const ring: RingRecord = {
      ringNumber: this.ringsBuilt,
      chainageM: Math.round(this.chainage * 1000) / 1000,
      segments,
      groutLitres,
    };
    this.emit("ring-complete", ring);
    return ring;
  }

  get progress(): { rings: number; chainageM: number } {
    return { rings: this.ringsBuilt, chainageM: this.chainage };
  }
}

export function advanceRatePerShift(rings: RingRecord[], shiftHours = 8): number {
  if (rings.length < 2) return 0;
  const metres = rings[rings.length - 1].chainageM - rings[0].chainageM;
  return Math.round((metres / shiftHours) * 100) / 100;
}
