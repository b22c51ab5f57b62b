// expect: no-unobserved-promise
// All rind samples are started into an array and awaited one by one; a later sample that rejects while an earlier one is awaited, or after the early return on a mould alarm, is never handled.
export interface Wheel {
  id: string;
  shelf: number;
  style: 'tomme' | 'cheddar' | 'gruyere' | 'blue';
  madeOn: string;
}

export interface RindSample {
  wheelId: string;
  mouldScore: number;
  moisturePct: number;
  mucor: boolean;
}

export interface ShelfReport {
  shelf: number;
  ok: boolean;
  sampled: number;
  needsBrushing: string[];
  quarantined: string | null;
}

declare const rindScanner: {
  sample(wheelId: string): Promise<RindSample>;
};

declare const caveAlarms: {
  raise(kind: 'mucor' | 'moisture', detail: string): Promise<void>;
};

declare const quarantine: {
  move(wheelId: string): Promise<void>;
};

const BRUSH_THRESHOLD: Record<Wheel['style'], number> = {
  tomme: 6,
  cheddar: 4,
  gruyere: 5,
  blue: 9, // blues are meant to be mouldy
};

export async function inspectShelf(shelf: number, wheels: Wheel[]): Promise<ShelfReport> {
  const onShelf = wheels.filter((w) => w.shelf === shelf);
  const samples: Array<Promise<RindSample>> = [];
  for (const wheel of onShelf) {
    samples.push(rindScanner.sample(wheel.id));
  }

  const needsBrushing: string[] = [];
  for (let i = 0; i < samples.length; i++) {
    const wheel = onShelf[i];
    const sample = await samples[i];

    if (sample.mucor) {
      // Cat-hair mould spreads shelf to shelf: isolate and stop the round here.
      await quarantine.move(wheel.id);
      await caveAlarms.raise('mucor', `mucor on ${wheel.id} (shelf ${shelf})`);
      return { shelf, ok: false, sampled: i + 1, needsBrushing, quarantined: wheel.id };
    }
    if (sample.moisturePct > 48) {
      await caveAlarms.raise('moisture', `${wheel.id} rind at ${sample.moisturePct}%`);
    }
    if (sample.mouldScore >= BRUSH_THRESHOLD[wheel.style]) {
      needsBrushing.push(wheel.id);
    }
  }

  return { shelf, ok: true, sampled: samples.length, needsBrushing, quarantined: null };
}

export async function inspectCave(wheels: Wheel[]): Promise<ShelfReport[]> {
  const shelves = [...new Set(wheels.map((w) => w.shelf))].sort((a, b) => a - b);
  const reports: ShelfReport[] = [];
  for (const shelf of shelves) {
    const report = await inspectShelf(shelf, wheels);
    reports.push(report);
    if (report.quarantined) break;
  }
  return reports;
}
