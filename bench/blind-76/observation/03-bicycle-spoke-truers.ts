// expect: no-floating-promises
// trueWheel calls auditTrail.record(...) as a bare statement, dropping the returned promise so a failed audit write is never awaited or handled.
export interface Spoke {
  index: number;
  side: 'drive' | 'non-drive';
  tensionKgf: number;
}

export interface Wheel {
  id: string;
  rimErd: number;
  spokes: Spoke[];
  targetTensionKgf: number;
}

export interface TruingResult {
  wheelId: string;
  passes: number;
  lateralRunoutMm: number;
  radialRunoutMm: number;
  tensionSpreadPct: number;
}

interface AuditEntry {
  wheelId: string;
  mechanic: string;
  passes: number;
  lateralRunoutMm: number;
  finishedAt: string;
}

declare const auditTrail: {
  record(entry: AuditEntry): Promise<void>;
};

export interface TruingStand {
  measureRunout(): Promise<{ lateralMm: number; radialMm: number; worstSpoke: number; direction: 1 | -1 }>;
  measureTension(spokeIndex: number): Promise<number>;
  turnNipple(spokeIndex: number, quarterTurns: number): Promise<void>;
}

const LATERAL_TOLERANCE_MM = 0.3;
const MAX_PASSES = 40;

function spreadPct(values: number[]): number {
  const avg = values.reduce((a, b) => a + b, 0) / values.length;
  return ((Math.max(...values) - Math.min(...values)) / avg) * 100;
}

export class TruingJob {
  constructor(
    private readonly stand: TruingStand,
    private readonly mechanic: string,
  ) {}

  async trueWheel(wheel: Wheel): Promise<TruingResult> {
    let passes = 0;
    let runout = await this.stand.measureRunout();

    while (runout.lateralMm > LATERAL_TOLERANCE_MM && passes < MAX_PASSES) {
      const spoke = wheel.spokes[runout.worstSpoke];
      const turns = spoke.side === 'drive' ? runout.direction : -runout.direction;
      await this.stand.turnNipple(spoke.index, turns);
      passes++;
      runout = await this.stand.measureRunout();
    }

    const tensions: number[] = [];
    for (const spoke of wheel.spokes) {
      tensions.push(await this.stand.measureTension(spoke.index));
    }

    if (runout.lateralMm > LATERAL_TOLERANCE_MM) {
      throw new Error(`wheel ${wheel.id} still ${runout.lateralMm.toFixed(2)} mm out after ${passes} passes`);
    }

    auditTrail.record({
      wheelId: wheel.id,
      mechanic: this.mechanic,
      passes,
      lateralRunoutMm: runout.lateralMm,
      finishedAt: new Date().toISOString(),
    });

    return {
      wheelId: wheel.id,
      passes,
      lateralRunoutMm: runout.lateralMm,
      radialRunoutMm: runout.radialMm,
      tensionSpreadPct: Math.round(spreadPct(tensions) * 10) / 10,
    };
  }
}
