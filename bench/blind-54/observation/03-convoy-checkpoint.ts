// expect: no-floating-promises
// The per-truck radio check-ins run inside forEach(async ...), so their promises are dropped and failures or ordering are never awaited.
export interface Truck {
  unit: string;
  driver: string;
  grossTonnes: number;
  lastCheckpoint: string;
}

export interface IceSegment {
  id: string;
  thicknessCm: number;
  measuredAt: string;
}

export interface ConvoyReport {
  convoyId: string;
  cleared: string[];
  heldBack: string[];
  segment: string;
}

declare const iceSurvey: { latest(segmentId: string): Promise<IceSegment> };
declare const radio: {
  hail(unit: string, message: string): Promise<{ acknowledged: boolean }>;
};
declare const dispatchLog: { write(entry: object): Promise<void> };

// Rule-of-thumb bearing capacity for clear blue ice: P (tonnes) = A * h^2, h in cm.
const BEARING_COEFFICIENT = 0.0035;
const SPACING_M_PER_TONNE = 2.5;

function maxLoadTonnes(segment: IceSegment): number {
  return BEARING_COEFFICIENT * segment.thicknessCm ** 2;
}

export class CheckpointController {
  constructor(private readonly convoyId: string) {}

  async clearConvoy(trucks: Truck[], segmentId: string): Promise<ConvoyReport> {
    const segment = await iceSurvey.latest(segmentId);
    const limit = maxLoadTonnes(segment);
    const cleared: string[] = [];
    const heldBack: string[] = [];

    for (const truck of trucks) {
      (truck.grossTonnes <= limit ? cleared : heldBack).push(truck.unit);
    }

    trucks.forEach(async (truck) => {
      const allowed = cleared.includes(truck.unit);
      const spacing = Math.ceil(truck.grossTonnes * SPACING_M_PER_TONNE);
      const message = allowed
        ? `${truck.unit} cleared onto ${segment.id}, keep ${spacing} m spacing, max 25 km/h`
        : `${truck.unit} HOLD at ${truck.lastCheckpoint}: ${truck.grossTonnes} t exceeds ${limit.toFixed(1)} t on ${segment.id}`;
      const { acknowledged } = await radio.hail(truck.unit, message);
      await dispatchLog.write({
        convoy: this.convoyId,
        unit: truck.unit,
        driver: truck.driver,
        allowed,
        acknowledged,
        at: new Date().toISOString(),
      });
    });

    return { convoyId: this.convoyId, cleared, heldBack, segment: segment.id };
  }

  static summarize(report: ConvoyReport): string {
    const held = report.heldBack.length;
    return held === 0
      ? `${report.convoyId}: all ${report.cleared.length} trucks cleared on ${report.segment}`
      : `${report.convoyId}: ${report.cleared.length} cleared, ${held} held on ${report.segment}`;
  }
}
