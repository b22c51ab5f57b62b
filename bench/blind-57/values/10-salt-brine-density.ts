// expect: none
// Correct: the cache deliberately stores promises and always awaits them; the ?? fallback is parenthesised around an await, and comparisons use awaited numbers.
declare const hydrometer: {
  density(panId: string): Promise<number>;
};

declare const evaporatorPlc: {
  currentStage(panId: string): Promise<Stage>;
  moveBrine(fromPan: string, toPan: string, litres: number): Promise<void>;
};

declare const manualReadings: {
  latest(panId: string): { density: number; takenAt: number } | undefined;
};

export type Stage = 'concentrator' | 'pre-crystalliser' | 'crystalliser';

const NEXT_STAGE: Record<Stage, Stage | null> = {
  concentrator: 'pre-crystalliser',
  'pre-crystalliser': 'crystalliser',
  crystalliser: null,
};

const TRANSFER_DENSITY: Record<Stage, number> = {
  concentrator: 1.12,
  'pre-crystalliser': 1.21,
  crystalliser: Number.POSITIVE_INFINITY,
};

const MANUAL_READING_MAX_AGE_MS = 20 * 60_000;

export class BrineMonitor {
  private readonly pending = new Map<string, Promise<number>>();

  private probe(panId: string): Promise<number> {
    let reading = this.pending.get(panId);
    if (!reading) {
      reading = hydrometer.density(panId).finally(() => this.pending.delete(panId));
      this.pending.set(panId, reading);
    }
    return reading;
  }

  async density(panId: string): Promise<number> {
    const manual = manualReadings.latest(panId);
    const fresh = manual && Date.now() - manual.takenAt < MANUAL_READING_MAX_AGE_MS ? manual.density : undefined;
    return fresh ?? (await this.probe(panId));
  }

  async planTransfer(panId: string, targetPan: string, litres: number): Promise<boolean> {
    const [stage, density] = await Promise.all([evaporatorPlc.currentStage(panId), this.density(panId)]);
    const next = NEXT_STAGE[stage];
    if (next === null || density < TRANSFER_DENSITY[stage]) {
      return false;
    }
    const targetStage = await evaporatorPlc.currentStage(targetPan);
    if (targetStage !== next) {
      throw new Error(`pan ${targetPan} is a ${targetStage}, expected ${next} for brine from ${panId}`);
    }
    await evaporatorPlc.moveBrine(panId, targetPan, litres);
    return true;
  }
}

export async function sweepTerrace(monitor: BrineMonitor, chain: string[], litres: number): Promise<string[]> {
  const moved: string[] = [];
  for (let i = chain.length - 2; i >= 0; i--) {
    if (await monitor.planTransfer(chain[i], chain[i + 1], litres)) {
      moved.push(`${chain[i]}->${chain[i + 1]}`);
    }
  }
  return moved;
}
