// expect: no-leaked-race
// The timeout side of Promise.race is a bare timers/promises delay, so its timer (and a slow capture) keeps running after the race.
import { setTimeout as delay } from 'node:timers/promises';

export interface PipeRef {
  division: 'Great' | 'Swell' | 'Choir' | 'Pedal';
  stop: string;
  note: string;
}

interface Capture {
  fundamentalHz: number;
  harmonics: number[]; // relative amplitudes of partials 2..8
  windMm: number;
}

export interface ToneProfile {
  pipe: PipeRef;
  fundamentalHz: number;
  brightness: number;
  windMm: number;
}

declare const analyzer: {
  capture(division: string, stop: string, note: string): Promise<Capture>;
};
declare function saveProfiles(stop: string, profiles: ToneProfile[]): Promise<void>;

const CAPTURE_TIMEOUT_MS = 8_000;

class CaptureTimeout extends Error {
  constructor(readonly pipe: PipeRef) {
    super(`no stable tone from ${pipe.division} ${pipe.stop} ${pipe.note} within ${CAPTURE_TIMEOUT_MS}ms`);
  }
}

function brightness(harmonics: number[]): number {
  // Weighted centroid of the upper partials, normalised to the fundamental.
  const weighted = harmonics.reduce((sum, amp, i) => sum + amp * (i + 2), 0);
  const total = harmonics.reduce((sum, amp) => sum + amp, 0);
  return total === 0 ? 1 : Math.round((weighted / total) * 100) / 100;
}

async function captureWithTimeout(pipe: PipeRef): Promise<Capture> {
  return Promise.race([
    analyzer.capture(pipe.division, pipe.stop, pipe.note),
    delay(CAPTURE_TIMEOUT_MS).then((): never => {
      throw new CaptureTimeout(pipe);
    }),
  ]);
}

export async function profileStop(
  division: PipeRef['division'],
  stop: string,
  notes: string[],
): Promise<{ profiles: ToneProfile[]; silent: string[] }> {
  const profiles: ToneProfile[] = [];
  const silent: string[] = [];

  for (const note of notes) {
    const pipe = { division, stop, note };
    try {
      const capture = await captureWithTimeout(pipe);
      profiles.push({
        pipe,
        fundamentalHz: capture.fundamentalHz,
        brightness: brightness(capture.harmonics),
        windMm: capture.windMm,
      });
    } catch (err) {
      if (!(err instanceof CaptureTimeout)) throw err;
      silent.push(note);
    }
  }

  await saveProfiles(stop, profiles);
  return { profiles, silent };
}

export function unevenNotes(profiles: ToneProfile[], tolerance = 0.15): string[] {
  const mean = profiles.reduce((sum, p) => sum + p.brightness, 0) / Math.max(1, profiles.length);
  return profiles.filter((p) => Math.abs(p.brightness - mean) / mean > tolerance).map((p) => p.pipe.note);
}
