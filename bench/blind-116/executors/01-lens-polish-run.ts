// expect: none
// The polishing-run promise settles exactly once: a guard flag covers both the 'error' and 'close' events, so a spawn failure and the later close cannot double-settle and neither path is left hanging.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PolishJob {
  lensId: string;
  order: number; // Fresnel order (1..6)
  gritSequence: number[];
  rpm: number;
}

export interface PolishResult {
  lensId: string;
  exitCode: number;
  log: string;
  durationMs: number;
}

const CNC_BINARY = process.env.LENS_CNC_BIN ?? '/opt/lensworks/bin/polishd';

function buildArgs(job: PolishJob): string[] {
  return [
    '--lens', job.lensId,
    '--order', String(job.order),
    '--rpm', String(job.rpm),
    '--grits', job.gritSequence.join(','),
  ];
}

export function runPolishCycle(job: PolishJob): Promise<PolishResult> {
  const started = Date.now();
  return new Promise<PolishResult>((resolve, reject) => {
    const child = spawn(CNC_BINARY, buildArgs(job), { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    let finished = false;

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => chunks.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => chunks.push(`[stderr] ${chunk}`));

    child.once('error', (err) => {
      if (finished) return;
      finished = true;
      reject(new Error(`polishd failed to start for ${job.lensId}: ${err.message}`));
    });

    child.once('close', (code, signal) => {
      if (finished) return;
      finished = true;
      const log = chunks.join('');
      if (code === 0) {
        resolve({ lensId: job.lensId, exitCode: 0, log, durationMs: Date.now() - started });
      } else {
        reject(new Error(`polishd exited with ${code ?? signal} for ${job.lensId}\n${log}`));
      }
    });
  });
}

export async function polishBatch(jobs: PolishJob[], logDir: string): Promise<PolishResult[]> {
  await mkdir(logDir, { recursive: true });
  const results: PolishResult[] = [];
  for (const job of jobs) {
    const result = await runPolishCycle(job);
    await writeFile(path.join(logDir, `${job.lensId}.log`), result.log, 'utf8');
    results.push(result);
  }
  return results;
}

export function summarize(results: PolishResult[]): string {
  const total = results.reduce((sum, r) => sum + r.durationMs, 0);
  const avg = results.length ? Math.round(total / results.length) : 0;
  return `${results.length} lenses polished, average cycle ${avg} ms`;
}
