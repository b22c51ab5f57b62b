// expect: none
// The winch child process is wrapped with a settled guard so that only the first of 'error' or 'close' settles the promise.
import { spawn } from 'node:child_process';

export interface LineSet {
  id: string;
  batten: string;
  trimMm: number;
  loadKg: number;
}

export interface WinchResult {
  lineSetId: string;
  finalTrimMm: number;
  durationMs: number;
}

const WINCH_BIN = process.env.WINCH_BIN ?? '/opt/rigging/bin/winchctl';

function parseTrim(output: string): number {
  const match = /TRIM=(-?\d+)/.exec(output);
  if (!match) {
    throw new Error('winchctl did not report a final trim');
  }
  return Number(match[1]);
}

export function flyToTrim(lineSet: LineSet, speedMmPerS = 250): Promise<WinchResult> {
  const started = Date.now();
  return new Promise<WinchResult>((resolve, reject) => {
    let settled = false;
    let stdout = '';
    let stderr = '';

    const child = spawn(WINCH_BIN, [
      'move',
      '--set', lineSet.id,
      '--to', String(lineSet.trimMm),
      '--speed', String(speedMmPerS),
      '--load', String(lineSet.loadKg),
    ]);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new Error(`could not start winch for ${lineSet.id}: ${err.message}`));
    });

    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code !== 0) {
        reject(new Error(`winch for ${lineSet.id} exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        resolve({
          lineSetId: lineSet.id,
          finalTrimMm: parseTrim(stdout),
          durationMs: Date.now() - started,
        });
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function flyCue(lineSets: LineSet[]): Promise<WinchResult[]> {
  const results: WinchResult[] = [];
  // Line sets on the same pipe grid must move one after the other.
  for (const lineSet of lineSets) {
    if (lineSet.loadKg > 450) {
      throw new Error(`${lineSet.batten} is over the arbor limit`);
    }
    results.push(await flyToTrim(lineSet));
  }
  return results;
}
