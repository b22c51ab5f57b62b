// expect: none
// analyzeStrike settles through a guarded finish() on 'close', 'error' and a timeout that is cleared, so the FFT child process outcome settles once.
import { spawn } from 'node:child_process';

export interface Overtone {
  hz: number;
  amplitudeDb: number;
}

export interface StrikeAnalysis {
  tubeId: string;
  fundamentalHz: number;
  partials: Overtone[];
  centsOff: number;
}

const A4 = 440;

export function centsFrom(targetHz: number, measuredHz: number): number {
  return Math.round(1200 * Math.log2(measuredHz / targetHz));
}

export function noteToHz(semitonesFromA4: number): number {
  return A4 * 2 ** (semitonesFromA4 / 12);
}

function parsePartials(stdout: string): Overtone[] {
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length === 2 && cols.every((c) => c !== '' && !Number.isNaN(Number(c))))
    .map(([hz, db]) => ({ hz: Number(hz), amplitudeDb: Number(db) }));
}

export function analyzeStrike(
  wavPath: string,
  tubeId: string,
  targetHz: number,
  timeoutMs = 15_000,
): Promise<StrikeAnalysis> {
  return new Promise<StrikeAnalysis>((resolve, reject) => {
    const child = spawn('chime-fft', ['--peaks', '8', wavPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, value?: StrikeAnalysis) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value!);
    };

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`chime-fft timed out on ${wavPath}`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        finish(new Error(`chime-fft exited ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      const partials = parsePartials(stdout);
      if (partials.length === 0) {
        finish(new Error(`no partials detected in ${wavPath}`));
        return;
      }
      const fundamental = partials.reduce((lo, p) => (p.hz < lo.hz ? p : lo));
      finish(null, {
        tubeId,
        fundamentalHz: fundamental.hz,
        partials,
        centsOff: centsFrom(targetHz, fundamental.hz),
      });
    });
  });
}

export function trimAdvice(analysis: StrikeAnalysis, toleranceCents = 5): string {
  if (Math.abs(analysis.centsOff) <= toleranceCents) return `${analysis.tubeId}: in tune`;
  // Shortening a tube raises its pitch; flat tubes get trimmed, sharp ones re-cut longer.
  return analysis.centsOff < 0
    ? `${analysis.tubeId}: trim ${Math.abs(analysis.centsOff)} cents flat`
    : `${analysis.tubeId}: ${analysis.centsOff} cents sharp, re-cut from longer stock`;
}
