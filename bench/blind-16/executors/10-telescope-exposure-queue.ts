// expect: none
// The target lookup is awaited before the Promise is created, so the executor is synchronous; spawn 'error', 'close' and abort all funnel through a once-only finish() that also removes the abort listener.
import { spawn } from 'node:child_process';

export interface ExposureRequest {
  id: string;
  target: string;
  filter: 'L' | 'R' | 'G' | 'B' | 'Ha';
  seconds: number;
  frames: number;
}

export interface ExposureResult {
  requestId: string;
  files: string[];
  meanFwhm: number;
}

interface Pointing {
  raHours: number;
  decDegrees: number;
  altitudeDegrees: number;
}

declare const ephemeris: {
  resolveTarget(name: string, at: Date): Promise<Pointing>;
};

const MIN_ALTITUDE = 25;

function parseCaptureOutput(requestId: string, stdout: string): ExposureResult {
  const files: string[] = [];
  const fwhms: number[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^SAVED (\S+) fwhm=([\d.]+)$/.exec(line.trim());
    if (!m) continue;
    files.push(m[1]);
    fwhms.push(Number(m[2]));
  }
  if (files.length === 0) throw new Error(`capture for ${requestId} produced no frames`);
  const meanFwhm = fwhms.reduce((a, b) => a + b, 0) / fwhms.length;
  return { requestId, files, meanFwhm: Math.round(meanFwhm * 100) / 100 };
}

export async function runExposure(req: ExposureRequest, signal: AbortSignal): Promise<ExposureResult> {
  const pointing = await ephemeris.resolveTarget(req.target, new Date());
  if (pointing.altitudeDegrees < MIN_ALTITUDE) {
    throw new Error(`${req.target} is only ${pointing.altitudeDegrees.toFixed(1)}° above the horizon`);
  }
  signal.throwIfAborted();

  return new Promise<ExposureResult>((resolve, reject) => {
    const child = spawn(
      'ccd-capture',
      [
        '--ra',
        String(pointing.raHours),
        '--dec',
        String(pointing.decDegrees),
        '--filter',
        req.filter,
        '--exposure',
        String(req.seconds),
        '--frames',
        String(req.frames),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, result?: ExposureResult) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(result as ExposureResult);
    };
    const onAbort = () => {
      child.kill('SIGTERM');
      finish(new Error(`exposure ${req.id} cancelled`));
    };
    signal.addEventListener('abort', onAbort, { once: true });

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (err) => finish(err));
    child.on('close', (code, sig) => {
      if (code !== 0) {
        finish(new Error(`ccd-capture exited with ${code ?? sig}: ${stderr.trim()}`));
        return;
      }
      try {
        finish(null, parseCaptureOutput(req.id, stdout));
      } catch (err) {
        finish(err as Error);
      }
    });
  });
}

// One camera, so requests are run strictly in order.
export class ExposureQueue {
  private tail: Promise<unknown> = Promise.resolve();

  enqueue(req: ExposureRequest, signal: AbortSignal): Promise<ExposureResult> {
    const run = this.tail.then(() => runExposure(req, signal));
    this.tail = run.catch(() => undefined);
    return run;
  }
}
