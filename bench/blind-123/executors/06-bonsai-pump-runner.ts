// expect: none
// The executor handles both 'error' (spawn failure) and 'close', guards with a settled flag because both can fire, and clears its kill timer on every path.
import { spawn } from 'node:child_process';

export interface WateringJob {
  treeId: string;
  zone: number;
  millilitres: number;
}

export interface PumpRunResult {
  treeId: string;
  dispensedMl: number;
  stderr: string;
}

const PUMP_BINARY = '/usr/local/bin/bonsai-pump';
const MAX_RUN_MS = 90_000;

function parseDispensed(stdout: string): number {
  const match = /dispensed=(\d+(?:\.\d+)?)ml/.exec(stdout);
  return match ? Number(match[1]) : 0;
}

export function runPump(job: WateringJob): Promise<PumpRunResult> {
  return new Promise<PumpRunResult>((resolve, reject) => {
    const child = spawn(PUMP_BINARY, ['--zone', String(job.zone), '--ml', String(job.millilitres)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const killTimer = setTimeout(() => {
      child.kill('SIGTERM');
    }, MAX_RUN_MS);

    const finish = (err: Error | null, result?: PumpRunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      if (err) reject(err);
      else resolve(result!);
    };

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      finish(new Error(`could not start pump for ${job.treeId}: ${err.message}`, { cause: err }));
    });

    child.on('close', (code, signal) => {
      if (code === 0) {
        finish(null, { treeId: job.treeId, dispensedMl: parseDispensed(stdout), stderr });
      } else {
        const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
        finish(new Error(`pump for ${job.treeId} failed (${reason}): ${stderr.trim()}`));
      }
    });
  });
}

export async function waterCollection(jobs: WateringJob[]): Promise<Map<string, number>> {
  const byTree = new Map<string, number>();
  // zones share one manifold, so pumps must run one after another
  for (const job of jobs) {
    const result = await runPump(job);
    byTree.set(job.treeId, (byTree.get(job.treeId) ?? 0) + result.dispensedMl);
  }
  return byTree;
}
