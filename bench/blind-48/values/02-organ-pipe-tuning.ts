// expect: none
// Correct: every promise is awaited before it is interpolated, compared or defaulted with ??; unawaited calls go straight into Promise.all.
export interface Pipe {
  rank: string;
  note: string;
  scaleMm: number;
}

export interface TuningResult {
  pipe: Pipe;
  measuredHz: number;
  targetHz: number;
  centsOff: number;
}

declare const temperamentTable: {
  lookup(rank: string, note: string): Promise<number | undefined>;
};

declare const strobeTuner: {
  measure(pipe: Pipe): Promise<number>;
};

declare const organBuilderNotes: {
  append(line: string): Promise<void>;
};

declare const windChest: {
  pressureMmH2O(): Promise<number>;
};

const EQUAL_TEMPERED_A4 = 440;
const NOMINAL_WIND_MM = 80;

function cents(measured: number, target: number): number {
  return 1200 * Math.log2(measured / target);
}

async function targetFor(pipe: Pipe): Promise<number> {
  const fromTable = await temperamentTable.lookup(pipe.rank, pipe.note);
  return fromTable ?? EQUAL_TEMPERED_A4;
}

export async function tunePipe(pipe: Pipe): Promise<TuningResult> {
  const [measuredHz, targetHz, wind] = await Promise.all([
    strobeTuner.measure(pipe),
    targetFor(pipe),
    windChest.pressureMmH2O(),
  ]);
  const centsOff = cents(measuredHz, targetHz);
  if (wind !== NOMINAL_WIND_MM) {
    await organBuilderNotes.append(`wind at ${wind}mm while tuning ${pipe.rank} ${pipe.note}`);
  }
  await organBuilderNotes.append(
    `${pipe.rank} ${pipe.note}: ${measuredHz.toFixed(2)} Hz vs ${targetHz.toFixed(2)} Hz (${centsOff.toFixed(1)}c)`,
  );
  return { pipe, measuredHz, targetHz, centsOff };
}

export async function tuneRank(pipes: Pipe[], toleranceCents = 2): Promise<TuningResult[]> {
  const outOfTune: TuningResult[] = [];
  for (const pipe of pipes) {
    const result = await tunePipe(pipe);
    if (Math.abs(result.centsOff) <= toleranceCents) continue;
    outOfTune.push(result);
  }
  return outOfTune;
}

export async function usesHistoricalTemperament(pipe: Pipe): Promise<boolean> {
  return (await temperamentTable.lookup(pipe.rank, pipe.note)) !== undefined;
}

export function worstPipe(results: TuningResult[]): string {
  const worst = results.reduce<TuningResult | undefined>(
    (w, r) => (!w || Math.abs(r.centsOff) > Math.abs(w.centsOff) ? r : w),
    undefined,
  );
  return worst ? `${worst.pipe.rank} ${worst.pipe.note} (${worst.centsOff.toFixed(1)}c)` : 'none';
}
