// expect: none
// The deferred is settled only from the child's 'error' and 'close' events behind a settled flag (both can fire for one failed spawn), and stdout 'data' only buffers, so each analysis settles exactly once on every outcome.
import { spawn } from 'node:child_process';

export interface PipeSpec {
  rank: string;
  note: string;
  targetHz: number;
}

export interface SpectrumResult {
  fundamentalHz: number;
  centsOff: number;
  harmonics: number[];
}

export interface AnalyzerOptions {
  binary?: string;
  sampleSeconds?: number;
}

function centsBetween(actual: number, target: number): number {
  return 1200 * Math.log2(actual / target);
}

export function analyzePipe(recording: string, spec: PipeSpec, opts: AnalyzerOptions = {}): Promise<SpectrumResult> {
  const { promise, resolve, reject } = Promise.withResolvers<SpectrumResult>();
  const child = spawn(opts.binary ?? 'pipe-fft', [
    '--input', recording,
    '--seconds', String(opts.sampleSeconds ?? 4),
    '--format', 'csv',
  ]);

  let settled = false;
  let stdout = '';
  let stderr = '';

  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    stdout += text;
  });
  child.stderr.on('data', (text: string) => {
    stderr += text;
  });

  child.once('error', (err) => {
    if (settled) return;
    settled = true;
    reject(err);
  });

  child.once('close', (code, signal) => {
    if (settled) return;
    settled = true;
    if (code !== 0) {
      reject(new Error(`pipe-fft failed (${signal ?? code}): ${stderr.trim()}`));
      return;
    }
    const values = stdout.trim().split(',').map(Number);
    const [fundamentalHz, ...harmonics] = values;
    if (!Number.isFinite(fundamentalHz)) {
      reject(new Error(`pipe-fft produced no fundamental for ${spec.rank} ${spec.note}`));
      return;
    }
    resolve({ fundamentalHz, centsOff: centsBetween(fundamentalHz, spec.targetHz), harmonics });
  });

  return promise;
}

export async function voicingReport(recordings: Map<string, PipeSpec>): Promise<string[]> {
  const lines: string[] = [];
  for (const [file, spec] of recordings) {
    const result = await analyzePipe(file, spec);
    const flag = Math.abs(result.centsOff) > 3 ? 'RETUNE' : 'ok';
    lines.push(`${spec.rank} ${spec.note}: ${result.centsOff.toFixed(1)}c ${flag}`);
  }
  return lines;
}
