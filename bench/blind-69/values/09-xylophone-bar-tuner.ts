// expect: none
// isWithinCents and measureHz are async but always awaited before their results are tested for truthiness, compared with ===, defaulted with ?? or printed.
export interface XyloBar {
  barId: string;
  note: string;
  targetHz: number;
  lengthMm: number;
}

export interface TuningStep {
  barId: string;
  removedMm: number;
  hz: number;
}

declare const strobeTuner: {
  measureHz(barId: string): Promise<number | null>;
};

declare const grinder: {
  scallopUnderside(barId: string, depthMm: number): Promise<void>;
  trimEnd(barId: string, mm: number): Promise<void>;
};

declare const workshopNotes: {
  lastTunedHz(barId: string): Promise<number | undefined>;
  save(barId: string, lines: string[]): Promise<void>;
};

function centsBetween(hz: number, targetHz: number): number {
  return 1200 * Math.log2(hz / targetHz);
}

async function isWithinCents(bar: XyloBar, tolerance: number): Promise<boolean> {
  const hz = await strobeTuner.measureHz(bar.barId);
  return hz !== null && Math.abs(centsBetween(hz, bar.targetHz)) <= tolerance;
}

export async function tuneBar(bar: XyloBar, toleranceCents = 3, maxSteps = 12): Promise<TuningStep[]> {
  const steps: TuningStep[] = [];
  const previousHz = (await workshopNotes.lastTunedHz(bar.barId)) ?? bar.targetHz;

  for (let i = 0; i < maxSteps; i++) {
    if (await isWithinCents(bar, toleranceCents)) break;

    const hz = await strobeTuner.measureHz(bar.barId);
    if (hz === null) {
      throw new Error(`bar ${bar.barId} (${bar.note}) gives no stable pitch`);
    }
    const cents = centsBetween(hz, bar.targetHz);
    const removedMm = Math.min(0.5, Math.abs(cents) / 40);
    if (cents > 0) {
      await grinder.trimEnd(bar.barId, removedMm);
    } else {
      await grinder.scallopUnderside(bar.barId, removedMm);
    }
    steps.push({ barId: bar.barId, removedMm, hz });
  }

  const finalHz = await strobeTuner.measureHz(bar.barId);
  const notes = [
    `${bar.note}: ${steps.length} step(s), previous ${previousHz.toFixed(2)} Hz`,
    finalHz === null ? 'final pitch unreadable' : `final ${finalHz.toFixed(2)} Hz`,
  ];
  await workshopNotes.save(bar.barId, notes);
  return steps;
}

export async function tuneSet(bars: readonly XyloBar[]): Promise<Map<string, number>> {
  const removed = new Map<string, number>();
  for (const bar of bars) {
    const steps = await tuneBar(bar);
    removed.set(bar.barId, steps.reduce((sum, s) => sum + s.removedMm, 0));
  }
  return removed;
}
