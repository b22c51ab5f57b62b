// expect: no-reused-settled-promise
// The tuner measurement is taken once before the loop, so every round re-reads the same stale pitch after adjusting the pipe.
export interface Pipe {
  rank: string; // e.g. "Principal 8'"
  note: string; // e.g. "C#3"
  scale: number; // diameter in mm
  mouthCutUp: number; // ratio of mouth width
}

interface Measurement {
  cents: number; // deviation from target, positive = sharp
  windPressureMm: number;
  speechMs: number; // attack transient duration
}

export interface VoicingReport {
  pipe: Pipe;
  rounds: number;
  finalCents: number;
  speechMs: number;
}

declare const tuner: {
  measure(rank: string, note: string): Promise<Measurement>;
};
declare const voicer: {
  adjustTuningSlide(pipe: Pipe, direction: 'lengthen' | 'shorten', mm: number): Promise<void>;
  nickLanguid(pipe: Pipe, depth: 'light' | 'medium'): Promise<void>;
};

const TOLERANCE_CENTS = 2;
const MAX_ROUNDS = 8;
const SLOW_SPEECH_MS = 60;

function slideTravelMm(pipe: Pipe, cents: number): number {
  // Longer pipes need proportionally more travel for the same pitch change.
  const octave = Number(/(\d)$/.exec(pipe.note)?.[1] ?? 4);
  const lengthFactor = 2 ** (4 - octave);
  return Math.min(6, Math.max(0.2, Math.abs(cents) * 0.08 * lengthFactor));
}

export async function voicePipe(pipe: Pipe): Promise<VoicingReport> {
  const measurement = tuner.measure(pipe.rank, pipe.note);
  let languidNicked = false;

  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const { cents, speechMs } = await measurement;

    if (speechMs > SLOW_SPEECH_MS && !languidNicked) {
      await voicer.nickLanguid(pipe, pipe.scale > 40 ? 'medium' : 'light');
      languidNicked = true;
      continue;
    }

    if (Math.abs(cents) <= TOLERANCE_CENTS) {
      return { pipe, rounds: round, finalCents: cents, speechMs };
    }

    await voicer.adjustTuningSlide(pipe, cents > 0 ? 'lengthen' : 'shorten', slideTravelMm(pipe, cents));
  }

  throw new Error(`${pipe.rank} ${pipe.note} did not settle within ${MAX_ROUNDS} voicing rounds`);
}

export async function voiceRank(pipes: Pipe[]): Promise<{ done: VoicingReport[]; failed: string[] }> {
  const done: VoicingReport[] = [];
  const failed: string[] = [];
  for (const pipe of pipes) {
    try {
      done.push(await voicePipe(pipe));
    } catch (err) {
      failed.push(`${pipe.note}: ${(err as Error).message}`);
    }
  }
  return { done, failed };
}
