// expect: none
// The peal player settles through a single finish() that detaches both the 'error' and 'close' listeners first, so a spawn failure rejects once and a non-zero exit rejects instead of hanging.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export type Method = 'plain-bob' | 'grandsire' | 'stedman' | 'cambridge-surprise';

export interface PealRequest {
  method: Method;
  bells: number;
  changes: number;
  tenorHz: number;
}

export interface PealResult {
  method: Method;
  changes: number;
  durationMs: number;
  stderrTail: string;
}

const SYNTH = process.env.BELL_SYNTH_BIN ?? '/usr/local/bin/bellsynth';

function buildArgs(req: PealRequest): string[] {
  return [
    '--method', req.method,
    '--stage', String(req.bells),
    '--changes', String(req.changes),
    '--tenor', req.tenorHz.toFixed(2),
    '--out', 'alsa:default',
  ];
}

export function ringPeal(req: PealRequest): Promise<PealResult> {
  const started = Date.now();
  const child: ChildProcess = spawn(SYNTH, buildArgs(req), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-2000);
  });

  return new Promise<PealResult>((resolve, reject) => {
    const finish = (err: Error | null) => {
      child.off('error', onError);
      child.off('close', onClose);
      if (err) {
        reject(err);
        return;
      }
      resolve({ method: req.method, changes: req.changes, durationMs: Date.now() - started, stderrTail: stderr });
    };

    const onError = (err: Error) => finish(err);

    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      if (code === 0) {
        finish(null);
      } else {
        finish(new Error(`bellsynth exited with ${code ?? signal}: ${stderr.trim().split('\n').pop() ?? ''}`));
      }
    };

    child.on('error', onError);
    child.on('close', onClose);
  });
}

export async function ringService(requests: PealRequest[]): Promise<PealResult[]> {
  const results: PealResult[] = [];
  for (const req of requests) {
    // peals must not overlap: one set of ropes, one band
    results.push(await ringPeal(req));
  }
  return results;
}
