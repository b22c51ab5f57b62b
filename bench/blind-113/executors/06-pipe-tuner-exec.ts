// expect: none
// Every failure branch in the execFile callback returns right after rejecting, so each measurement settles exactly once whether the analyser fails, prints garbage or succeeds.
import { execFile } from 'node:child_process';

export interface PipeSpec {
  rank: string; // e.g. "Principal 8'"
  note: string; // e.g. "C2"
  targetHz: number;
}

export interface PitchMeasurement {
  pipe: PipeSpec;
  measuredHz: number;
  cents: number;
  windPressureMm: number;
}

const ANALYSER = '/usr/local/bin/pitchscope';

function centsBetween(measured: number, target: number): number {
  return Math.round(1200 * Math.log2(measured / target) * 10) / 10;
}

export function measurePipe(pipe: PipeSpec, micDevice: string, windowMs = 1500): Promise<PitchMeasurement> {
  return new Promise((resolve, reject) => {
    execFile(
      ANALYSER,
      ['--device', micDevice, '--window', String(windowMs), '--expect', pipe.targetHz.toFixed(3), '--json'],
      { timeout: windowMs + 5_000, maxBuffer: 256 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`pitchscope failed on ${pipe.rank} ${pipe.note}: ${stderr || err.message}`));
          return;
        }
        let parsed: { hz?: number; wind_mm?: number };
        try {
          parsed = JSON.parse(stdout);
        } catch {
          reject(new Error(`pitchscope printed invalid JSON for ${pipe.rank} ${pipe.note}`));
          return;
        }
        if (typeof parsed.hz !== 'number' || parsed.hz <= 0) {
          reject(new Error(`no stable pitch detected for ${pipe.rank} ${pipe.note}`));
          return;
        }
        resolve({
          pipe,
          measuredHz: parsed.hz,
          cents: centsBetween(parsed.hz, pipe.targetHz),
          windPressureMm: parsed.wind_mm ?? Number.NaN,
        });
      },
    );
  });
}

export async function surveyRank(
  pipes: PipeSpec[],
  micDevice: string,
  toleranceCents = 3,
): Promise<PitchMeasurement[]> {
  const outOfTune: PitchMeasurement[] = [];
  for (const pipe of pipes) {
    const m = await measurePipe(pipe, micDevice);
    if (Math.abs(m.cents) > toleranceCents) outOfTune.push(m);
  }
  return outOfTune.sort((a, b) => Math.abs(b.cents) - Math.abs(a.cents));
}

export function equalTemperamentHz(midiNote: number, a4 = 440): number {
  return a4 * 2 ** ((midiNote - 69) / 12);
}
