// expect: none
// The retry loop catches errors but rethrows immediately when the caller's signal is aborted, and the backoff sleep also receives the signal, so cancellation is never retried or masked.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PipeSample {
  rank: string;
  note: string;
  fundamentalHz: number;
  harmonics: number[];
  speechMs: number;
}

export interface VoicingAdvice {
  note: string;
  action: 'open-toe' | 'close-toe' | 'nick-languid' | 'adjust-cutup' | 'none';
  centsOff: number;
}

declare const analyserService: { url: string };

const A4 = 440;

function expectedHz(note: string): number {
  const names = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
  const match = /^([A-G]#?)(\d)$/.exec(note);
  if (!match) throw new Error(`unparseable note ${note}`);
  const semitonesFromA4 = names.indexOf(match[1]) - 9 + (Number(match[2]) - 4) * 12;
  return A4 * 2 ** (semitonesFromA4 / 12);
}

class TransientAnalyserError extends Error {}

async function analyseOnce(rank: string, note: string, signal: AbortSignal): Promise<PipeSample> {
  const res = await fetch(`${analyserService.url}/ranks/${rank}/notes/${encodeURIComponent(note)}/sample`, { method: 'POST', signal });
  if (res.status === 503 || res.status === 504) throw new TransientAnalyserError(`analyser busy (${res.status})`);
  if (!res.ok) throw new Error(`analyser rejected ${rank} ${note}: ${res.status}`);
  return (await res.json()) as PipeSample;
}

export async function samplePipe(rank: string, note: string, signal: AbortSignal, attempts = 3): Promise<PipeSample> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await analyseOnce(rank, note, signal);
    } catch (err) {
      if (signal.aborted) throw err;
      if (!(err instanceof TransientAnalyserError) || attempt >= attempts) throw err;
      await sleep(500 * attempt, undefined, { signal });
    }
  }
}

export function advise(sample: PipeSample): VoicingAdvice {
  const target = expectedHz(sample.note);
  const centsOff = Math.round(1200 * Math.log2(sample.fundamentalHz / target));
  // Slow speech usually means the languid needs nicking; a weak fundamental points at the cut-up.
  if (sample.speechMs > 120) return { note: sample.note, action: 'nick-languid', centsOff };
  if (sample.harmonics.length > 0 && sample.harmonics[0] > 1.5) return { note: sample.note, action: 'adjust-cutup', centsOff };
  if (centsOff > 8) return { note: sample.note, action: 'close-toe', centsOff };
  if (centsOff < -8) return { note: sample.note, action: 'open-toe', centsOff };
  return { note: sample.note, action: 'none', centsOff };
}

export async function voiceRank(rank: string, notes: string[], signal: AbortSignal): Promise<VoicingAdvice[]> {
  const advice: VoicingAdvice[] = [];
  for (const note of notes) {
    signal.throwIfAborted();
    const sample = await samplePipe(rank, note, signal);
    advice.push(advise(sample));
  }
  return advice;
}
