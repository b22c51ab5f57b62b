// expect: none
// Spawned converter is settled once via finish(): spawn error, signal kill (code null), non-zero exit, success and timeout each settle and the timer is cleared.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface NormalizeOptions {
  inputPath: string;
  outputPath: string;
  pdfaLevel: '1b' | '2b';
  timeoutMs?: number;
}

export interface NormalizeResult {
  outputPath: string;
  bytes: number;
  elapsedMs: number;
}

const GS_BIN = process.env.EFILE_GS_BIN ?? 'gs';

function ghostscriptArgs(opts: NormalizeOptions): string[] {
  return [
    '-dBATCH', '-dNOPAUSE', '-dSAFER', '-dQUIET',
    `-dPDFA=${opts.pdfaLevel === '1b' ? 1 : 2}`,
    '-dPDFACompatibilityPolicy=1',
    '-sDEVICE=pdfwrite',
    '-sColorConversionStrategy=RGB',
    `-sOutputFile=${opts.outputPath}`,
    opts.inputPath,
  ];
}

export function normalizeFiling(opts: NormalizeOptions): Promise<NormalizeResult> {
  const started = Date.now();
  const timeoutMs = opts.timeoutMs ?? 60_000;

  return new Promise<NormalizeResult>((resolve, reject) => {
    const gs = spawn(GS_BIN, ghostscriptArgs(opts), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let done = false;

    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) {
        reject(err);
        return;
      }
      stat(opts.outputPath).then(
        (s) => resolve({ outputPath: opts.outputPath, bytes: s.size, elapsedMs: Date.now() - started }),
        reject,
      );
    };

    const timer = setTimeout(() => {
      gs.kill('SIGKILL');
      finish(new Error(`PDF/A conversion exceeded ${timeoutMs}ms for ${opts.inputPath}`));
    }, timeoutMs);

    gs.stderr.setEncoding('utf8');
    gs.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });

    gs.on('error', (err) => finish(err));
    gs.on('close', (code, signal) => {
      if (code === 0) {
        finish(null);
      } else if (code === null) {
        finish(new Error(`ghostscript terminated by ${signal}`));
      } else {
        finish(new Error(`ghostscript exited ${code}: ${stderr.trim()}`));
      }
    });
  });
}
