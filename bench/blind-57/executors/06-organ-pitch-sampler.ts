// expect: none
// Correct: the 'pitch' listener fires many times but finish() removes every listener and clears the timer before settling, so the promise settles once.
import type { EventEmitter } from 'node:events';

declare function openPipeMicrophone(stopId: string): EventEmitter & { close(): void };

declare const tuningLedger: {
  save(stopId: string, note: string, cents: number): Promise<void>;
};

export interface PitchSample {
  hz: number;
  confidence: number;
}

const A4 = 440;

function centsOff(measuredHz: number, targetHz: number): number {
  return 1200 * Math.log2(measuredHz / targetHz);
}

function noteFrequency(note: string): number {
  const names = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
  const match = /^([A-G]#?)(\d)$/.exec(note);
  if (!match) throw new Error(`unknown note ${note}`);
  const semitone = names.indexOf(match[1]) + (Number(match[2]) + 1) * 12;
  return A4 * 2 ** ((semitone - 69) / 12);
}

export function collectPitchSamples(
  mic: EventEmitter,
  count: number,
  timeoutMs: number,
): Promise<PitchSample[]> {
  return new Promise<PitchSample[]>((resolve, reject) => {
    const samples: PitchSample[] = [];

    const finish = (err?: Error): void => {
      clearTimeout(timer);
      mic.off('pitch', onPitch);
      mic.off('error', onError);
      if (err) reject(err);
      else resolve(samples);
    };

    const onPitch = (sample: PitchSample): void => {
      if (sample.confidence < 0.6) return;
      samples.push(sample);
      if (samples.length === count) finish();
    };

    const onError = (err: Error): void => finish(err);

    const timer = setTimeout(
      () => finish(new Error(`only ${samples.length}/${count} confident samples in ${timeoutMs}ms`)),
      timeoutMs,
    );

    mic.on('pitch', onPitch);
    mic.on('error', onError);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function measurePipe(stopId: string, note: string): Promise<number> {
  const mic = openPipeMicrophone(stopId);
  try {
    const samples = await collectPitchSamples(mic, 24, 5_000);
    const cents = centsOff(median(samples.map((s) => s.hz)), noteFrequency(note));
    await tuningLedger.save(stopId, note, Math.round(cents * 10) / 10);
    return cents;
  } finally {
    mic.close();
  }
}
