// expect: no-reused-settled-promise
// Bug: the retry loop re-awaits the single measurement promise started before the loop, so a low-confidence or failed reading is never re-measured.
import { setTimeout as delay } from 'node:timers/promises';

export interface PipeId {
  division: 'great' | 'swell' | 'choir' | 'pedal';
  stop: string;
  note: string;
}

export interface PitchReading {
  pipe: PipeId;
  frequencyHz: number;
  confidence: number;
}

declare const tuner: {
  measure(pipe: PipeId): Promise<PitchReading>;
};

declare const tuningSheet: {
  record(pipe: PipeId, centsOff: number): Promise<void>;
};

const A4_HZ = 440;
const NOTE_INDEX: Record<string, number> = {
  C: -9, 'C#': -8, D: -7, 'D#': -6, E: -5, F: -4, 'F#': -3, G: -2, 'G#': -1, A: 0, 'A#': 1, B: 2,
};

export class LowConfidenceError extends Error {
  constructor(readonly reading: PitchReading) {
    super(`confidence ${reading.confidence.toFixed(2)} too low for ${reading.pipe.stop} ${reading.pipe.note}`);
    this.name = 'LowConfidenceError';
  }
}

export function targetFrequency(note: string, footage = 8): number {
  const match = /^([A-G]#?)(\d)$/.exec(note);
  if (!match) throw new Error(`bad note ${note}`);
  const semitones = NOTE_INDEX[match[1]] + (Number(match[2]) - 4) * 12;
  return A4_HZ * 2 ** (semitones / 12) * (8 / footage);
}

export function centsBetween(actualHz: number, targetHz: number): number {
  return 1200 * Math.log2(actualHz / targetHz);
}

async function measureWithRetry(pipe: PipeId, attempts = 3, minConfidence = 0.8): Promise<PitchReading> {
  const pending = tuner.measure(pipe);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const reading = await pending;
      if (reading.confidence < minConfidence) throw new LowConfidenceError(reading);
      return reading;
    } catch (err) {
      lastError = err;
      await delay(400 * attempt);
    }
  }
  throw lastError;
}

export async function surveyRank(pipes: PipeId[], footage = 8): Promise<Map<string, number>> {
  const offsets = new Map<string, number>();
  for (const pipe of pipes) {
    const reading = await measureWithRetry(pipe);
    const cents = centsBetween(reading.frequencyHz, targetFrequency(pipe.note, footage));
    offsets.set(`${pipe.stop}:${pipe.note}`, Math.round(cents * 10) / 10);
    await tuningSheet.record(pipe, cents);
  }
  return offsets;
}

export function pipesNeedingWork(offsets: Map<string, number>, toleranceCents = 3): string[] {
  return [...offsets].filter(([, cents]) => Math.abs(cents) > toleranceCents).map(([key]) => key);
}
