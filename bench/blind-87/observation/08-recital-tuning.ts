// expect: none
// The stored promises are awaited one by one, but each was built with .then(ok, err) at creation and so can never reject.
export interface Bell {
  number: number;
  note: string;
  nominalHz: number;
}

export interface TuningCheck {
  bell: number;
  measuredHz: number;
  centsOff: number;
}

type Outcome = { ok: true; check: TuningCheck } | { ok: false; bell: number; error: unknown };

declare const strikeRig: { strikeAndMeasure(bell: number): Promise<number> };
declare const recitals: { programme(recitalId: string): Promise<{ bells: number[] }> };

function cents(measured: number, nominal: number): number {
  return Math.round(1200 * Math.log2(measured / nominal));
}

async function checkBell(bell: Bell): Promise<TuningCheck> {
  const measuredHz = await strikeRig.strikeAndMeasure(bell.number);
  return { bell: bell.number, measuredHz, centsOff: cents(measuredHz, bell.nominalHz) };
}

export async function preRecitalTuning(
  recitalId: string,
  carillon: Bell[],
  onProgress: (line: string) => void,
): Promise<{ flagged: TuningCheck[]; unchecked: number[] }> {
  const { bells: needed } = await recitals.programme(recitalId);
  const toCheck = carillon.filter((b) => needed.includes(b.number));

  // Start every measurement now, but report them in bell order as they come in.
  const pending: Promise<Outcome>[] = toCheck.map((bell) =>
    checkBell(bell).then(
      (check): Outcome => ({ ok: true, check }),
      (error): Outcome => ({ ok: false, bell: bell.number, error }),
    ),
  );

  const flagged: TuningCheck[] = [];
  const unchecked: number[] = [];
  for (const p of pending) {
    const outcome = await p;
    if (!outcome.ok) {
      unchecked.push(outcome.bell);
      onProgress(`bell ${outcome.bell}: could not measure`);
      continue;
    }
    const { check } = outcome;
    onProgress(`bell ${check.bell}: ${check.centsOff >= 0 ? '+' : ''}${check.centsOff} cents`);
    if (Math.abs(check.centsOff) > 8) flagged.push(check);
  }
  return { flagged, unchecked };
}
