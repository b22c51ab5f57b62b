// expect: none
// retry() takes a factory and starts a fresh gate read per attempt; the shared in-flight rating-curve promise is a deliberate single-flight cache.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GateTelemetry {
  gateId: string;
  openingM: number;
  headwaterM: number;
  tailwaterM: number;
  readAt: number;
}

export interface RatingCurve {
  gateId: string;
  coefficients: [number, number, number];
  validUntil: number;
}

declare const scada: {
  readGate(gateId: string): Promise<GateTelemetry>;
  setOpening(gateId: string, metres: number): Promise<void>;
};

declare const hydrologyService: {
  ratingCurve(gateId: string): Promise<RatingCurve>;
};

export async function retry<T>(
  operation: () => Promise<T>,
  { attempts, delayMs }: { attempts: number; delayMs: number },
): Promise<T> {
  let failure: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      failure = err;
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw failure;
}

export class SpillwayController {
  private readonly curves = new Map<string, RatingCurve>();
  private readonly inflightCurves = new Map<string, Promise<RatingCurve>>();

  constructor(private readonly maxOpeningM: number) {}

  private curveFor(gateId: string): Promise<RatingCurve> {
    const cached = this.curves.get(gateId);
    if (cached && cached.validUntil > Date.now()) return Promise.resolve(cached);
    let pending = this.inflightCurves.get(gateId);
    if (!pending) {
      pending = hydrologyService
        .ratingCurve(gateId)
        .then((curve) => {
          this.curves.set(gateId, curve);
          return curve;
        })
        .finally(() => this.inflightCurves.delete(gateId));
      this.inflightCurves.set(gateId, pending);
    }
    return pending;
  }

  async dischargeCumecs(gateId: string): Promise<number> {
    const [telemetry, curve] = await Promise.all([
      retry(() => scada.readGate(gateId), { attempts: 3, delayMs: 250 }),
      this.curveFor(gateId),
    ]);
    const head = Math.max(0, telemetry.headwaterM - telemetry.tailwaterM);
    const [a, b, c] = curve.coefficients;
    return a * telemetry.openingM * Math.pow(head, b) + c;
  }

  async releaseTo(gateIds: string[], targetCumecs: number): Promise<Record<string, number>> {
    const perGate = targetCumecs / gateIds.length;
    const result: Record<string, number> = {};
    for (const gateId of gateIds) {
      const curve = await this.curveFor(gateId);
      const telemetry = await retry(() => scada.readGate(gateId), { attempts: 3, delayMs: 250 });
      const head = Math.max(0.01, telemetry.headwaterM - telemetry.tailwaterM);
      const [a, b, c] = curve.coefficients;
      const opening = Math.min(this.maxOpeningM, Math.max(0, (perGate - c) / (a * Math.pow(head, b))));
      await retry(() => scada.setOpening(gateId, opening), { attempts: 2, delayMs: 500 });
      result[gateId] = opening;
    }
    return result;
  }
}
