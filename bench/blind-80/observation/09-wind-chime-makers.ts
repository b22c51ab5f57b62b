// expect: none
// Every Promise.allSettled result is narrowed on status before value or reason is read, and the parallel cuts go through Promise.all, so nothing is unchecked or dropped.
export interface TubeSpec {
  note: string;
  targetHz: number;
  outerMm: number;
  wallMm: number;
}

export interface CutResult {
  note: string;
  lengthMm: number;
  measuredHz: number;
}

export interface BatchOutcome {
  cut: CutResult[];
  retune: Array<{ note: string; centsOff: number }>;
  failed: Array<{ note: string; error: string }>;
}

declare const saw: {
  cut(lengthMm: number, note: string): Promise<CutResult>;
};

declare const stockRoom: {
  reserveTube(outerMm: number, wallMm: number, lengthMm: number): Promise<string>;
};

// Free-free bar: f is proportional to sqrt(I/A) / L^2; the constant is for 6063 aluminium.
const ALUMINIUM_K = 3.5607e9;

function lengthFor(spec: TubeSpec): number {
  const outer = spec.outerMm;
  const inner = outer - 2 * spec.wallMm;
  const radiusOfGyration = Math.sqrt(outer * outer + inner * inner) / 4;
  return Math.sqrt((ALUMINIUM_K * radiusOfGyration) / spec.targetHz) / 10;
}

function centsBetween(actual: number, target: number): number {
  return Math.round(1200 * Math.log2(actual / target));
}

export async function cutChimeSet(specs: TubeSpec[]): Promise<BatchOutcome> {
  const lengths = specs.map(lengthFor);
  await Promise.all(specs.map((s, i) => stockRoom.reserveTube(s.outerMm, s.wallMm, lengths[i] + 20)));

  const settled = await Promise.allSettled(specs.map((s, i) => saw.cut(lengths[i], s.note)));
  const outcome: BatchOutcome = { cut: [], retune: [], failed: [] };

  settled.forEach((result, i) => {
    const spec = specs[i];
    if (result.status === 'rejected') {
      outcome.failed.push({
        note: spec.note,
        error: result.reason instanceof Error ? result.reason.message : String(result.reason),
      });
      return;
    }
    outcome.cut.push(result.value);
    const cents = centsBetween(result.value.measuredHz, spec.targetHz);
    if (Math.abs(cents) > 8) outcome.retune.push({ note: spec.note, centsOff: cents });
  });

  return outcome;
}

export function describeOutcome(outcome: BatchOutcome): string {
  const parts = [`${outcome.cut.length} tubes cut`];
  if (outcome.retune.length > 0) {
    parts.push(`retune ${outcome.retune.map((r) => `${r.note} (${r.centsOff > 0 ? '+' : ''}${r.centsOff}¢)`).join(', ')}`);
  }
  if (outcome.failed.length > 0) {
    parts.push(`failed: ${outcome.failed.map((f) => f.note).join(', ')}`);
  }
  return parts.join('; ');
}
