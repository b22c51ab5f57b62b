// expect: no-multiple-settle
// runCut settles only from the child's 'close' event; a spawn failure (missing binary, EACCES) emits 'error' instead and the promise never settles.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';

export type TileMaterial = 'ceramic' | 'glass' | 'marble' | 'smalti';

export interface CutPattern {
  tileId: string;
  material: TileMaterial;
  outline: Array<[number, number]>;
  kerfMm: number;
}

export interface CutResult {
  tileId: string;
  exitCode: number;
  durationMs: number;
  logFile: string;
}

declare const cutterConfig: {
  binary: string;
  workDir: string;
  maxFeedRate: Record<TileMaterial, number>;
  coolantOn: boolean;
};

declare const telemetry: {
  gauge(name: string, value: number, tags?: Record<string, string>): void;
  increment(name: string, tags?: Record<string, string>): void;
};

function toCutterArgs(pattern: CutPattern): string[] {
  const feed = cutterConfig.maxFeedRate[pattern.material];
  const points = pattern.outline
    .map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`)
    .join(';');
  const args = ['--feed', String(feed), '--kerf', pattern.kerfMm.toFixed(2), '--outline', points];
  if (cutterConfig.coolantOn || pattern.material === 'glass') {
    args.push('--coolant');
  }
  args.push('--tile', pattern.tileId);
  return args;
}

function validate(pattern: CutPattern): void {
  if (pattern.outline.length < 3) {
    throw new RangeError(`tile ${pattern.tileId} needs at least three outline points`);
  }
  if (pattern.kerfMm <= 0 || pattern.kerfMm > 3) {
    throw new RangeError(`kerf ${pattern.kerfMm}mm is outside the blade range`);
  }
}

export function runCut(pattern: CutPattern): Promise<CutResult> {
  validate(pattern);
  const logFile = path.join(cutterConfig.workDir, `${pattern.tileId}.log`);
  const started = Date.now();

  return new Promise<CutResult>((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(cutterConfig.binary, toCutterArgs(pattern), {
      cwd: cutterConfig.workDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });

    child.on('close', (code, signal) => {
      log.end();
      const durationMs = Date.now() - started;
      telemetry.gauge('cutter.duration_ms', durationMs, { material: pattern.material });
      if (code === 0) {
        resolve({ tileId: pattern.tileId, exitCode: 0, durationMs, logFile });
        return;
      }
      telemetry.increment('cutter.failed', { material: pattern.material });
      reject(new Error(`cutter exited with ${code ?? signal} for tile ${pattern.tileId}`));
    });
  });
}

export async function cutSheet(patterns: CutPattern[]): Promise<{ done: CutResult[]; failed: string[] }> {
  const done: CutResult[] = [];
  const failed: string[] = [];
  const ordered = [...patterns].sort((a, b) => a.material.localeCompare(b.material));
  for (const pattern of ordered) {
    try {
      done.push(await runCut(pattern));
    } catch (err) {
      failed.push(pattern.tileId);
      if (err instanceof RangeError) continue;
      if (failed.length >= 3) {
        throw new Error(`aborting sheet after ${failed.length} failed cuts`, { cause: err });
      }
    }
  }
  return { done, failed };
}
