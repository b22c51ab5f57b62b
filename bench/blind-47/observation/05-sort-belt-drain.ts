// expect: no-unchecked-settled-results
// The allSettled results are cast to fulfilled and .value is read without checking status, so one failed belt crashes the whole shift report.
export interface Belt {
  id: string;
  zone: 'letters' | 'flats' | 'parcels';
  speedMs: number;
}

export interface DrainReport {
  beltId: string;
  itemsCleared: number;
  rejects: number;
  jams: number;
}

export interface ShiftSummary {
  shiftId: string;
  cleared: number;
  rejectRate: number;
  jammedBelts: string[];
}

declare const beltPlc: {
  stopInfeed(beltId: string): Promise<void>;
  runUntilEmpty(beltId: string, maxSeconds: number): Promise<{ items: number; rejects: number; jams: number }>;
  halt(beltId: string): Promise<void>;
};

declare const shiftLedger: {
  write(summary: ShiftSummary): Promise<void>;
};

const MAX_DRAIN_SECONDS: Record<Belt['zone'], number> = {
  letters: 90,
  flats: 150,
  parcels: 300,
};

async function drainBelt(belt: Belt): Promise<DrainReport> {
  await beltPlc.stopInfeed(belt.id);
  try {
    const result = await beltPlc.runUntilEmpty(belt.id, MAX_DRAIN_SECONDS[belt.zone]);
    return { beltId: belt.id, itemsCleared: result.items, rejects: result.rejects, jams: result.jams };
  } finally {
    await beltPlc.halt(belt.id);
  }
}

export async function endOfShift(shiftId: string, belts: Belt[]): Promise<ShiftSummary> {
  const ordered = [...belts].sort((a, b) => (a.zone === 'parcels' ? -1 : 0) - (b.zone === 'parcels' ? -1 : 0));
  const results = await Promise.allSettled(ordered.map((belt) => drainBelt(belt)));

  const reports = results.map((r) => (r as PromiseFulfilledResult<DrainReport>).value);
  let cleared = 0;
  let rejects = 0;
  const jammedBelts: string[] = [];
  for (const report of reports) {
    cleared += report.itemsCleared;
    rejects += report.rejects;
    if (report.jams > 0) {
      jammedBelts.push(report.beltId);
    }
  }

  const summary: ShiftSummary = {
    shiftId,
    cleared,
    rejectRate: cleared + rejects === 0 ? 0 : rejects / (cleared + rejects),
    jammedBelts,
  };
  await shiftLedger.write(summary);
  return summary;
}

export function needsMaintenance(summary: ShiftSummary, threshold = 0.02): boolean {
  return summary.rejectRate > threshold || summary.jammedBelts.length >= 2;
}
