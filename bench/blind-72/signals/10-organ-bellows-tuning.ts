// expect: none
// The caller's signal stops the pump via an 'abort' listener removed in finally, is checked with throwIfAborted each pass, and reaches fetch combined with a per-request timeout.
export interface Rank {
  rankId: string;
  stop: string;
  pipes: number;
  windPressureMmH2O: number;
}

export interface PipeMeasurement {
  rankId: string;
  note: string;
  measuredHz: number;
  targetHz: number;
  cents: number;
}

declare const blower: {
  start(mmH2O: number): void;
  stop(): void;
};

declare const tuningRig: {
  notes(rankId: string): string[];
  targetHz(note: string, temperament: 'equal' | 'werckmeister-iii'): number;
};

const ANALYSER_URL = 'http://tuning-analyser.local/measure';
const PER_PIPE_TIMEOUT_MS = 8_000;

function centsBetween(measured: number, target: number): number {
  return Math.round(1200 * Math.log2(measured / target) * 10) / 10;
}

async function measurePipe(rankId: string, note: string, signal: AbortSignal): Promise<number> {
  const res = await fetch(`${ANALYSER_URL}?rank=${encodeURIComponent(rankId)}&note=${encodeURIComponent(note)}`, {
    signal: AbortSignal.any([signal, AbortSignal.timeout(PER_PIPE_TIMEOUT_MS)]),
  });
  if (!res.ok) throw new Error(`analyser returned ${res.status} for ${rankId}/${note}`);
  const { hz } = (await res.json()) as { hz: number };
  return hz;
}

export async function surveyRank(
  rank: Rank,
  temperament: 'equal' | 'werckmeister-iii',
  signal: AbortSignal,
): Promise<PipeMeasurement[]> {
  signal.throwIfAborted();
  const stopBlower = () => blower.stop();
  signal.addEventListener('abort', stopBlower, { once: true });
  blower.start(rank.windPressureMmH2O);

  try {
    const results: PipeMeasurement[] = [];
    for (const note of tuningRig.notes(rank.rankId)) {
      signal.throwIfAborted();
      const targetHz = tuningRig.targetHz(note, temperament);
      const measuredHz = await measurePipe(rank.rankId, note, signal);
      results.push({ rankId: rank.rankId, note, measuredHz, targetHz, cents: centsBetween(measuredHz, targetHz) });
    }
    return results;
  } finally {
    signal.removeEventListener('abort', stopBlower);
    blower.stop();
  }
}

export function pipesToRetune(measurements: readonly PipeMeasurement[], toleranceCents = 3): PipeMeasurement[] {
  return measurements
    .filter((m) => Math.abs(m.cents) > toleranceCents)
    .sort((a, b) => Math.abs(b.cents) - Math.abs(a.cents));
}
