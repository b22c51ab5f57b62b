// expect: none
// The labeler wrapper settles through a once-only guard from either 'error' (spawn failure) or 'close', so every outcome settles exactly once.
import { spawn } from 'node:child_process';

export interface BottlingBatch {
  batchId: string;
  spring: string;
  bottleMl: 330 | 500 | 750 | 1500;
  count: number;
  bestBefore: string;
}

export interface LabelRun {
  batchId: string;
  printed: number;
  durationMs: number;
}

const LABELER_BIN = process.env.LABELER_BIN ?? '/usr/local/bin/zebra-batch';

function parsePrinted(stdout: string): number {
  const match = /printed=(\d+)/.exec(stdout);
  return match ? Number(match[1]) : 0;
}

export function printLabels(batch: BottlingBatch): Promise<LabelRun> {
  const started = Date.now();

  return new Promise<LabelRun>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };

    const child = spawn(LABELER_BIN, ['--stdin', '--format', 'ean13'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => {
      // EPIPE when the labeler dies early; the exit code is reported via 'close'
    });

    child.on('error', (err) => {
      settle(() => reject(new Error(`could not start labeler for ${batch.batchId}: ${err.message}`)));
    });

    child.on('close', (code, signal) => {
      settle(() => {
        if (code === 0) {
          resolve({ batchId: batch.batchId, printed: parsePrinted(stdout), durationMs: Date.now() - started });
        } else {
          reject(new Error(`labeler exited code=${code} signal=${signal}: ${stderr.trim()}`));
        }
      });
    });

    child.stdin.end(JSON.stringify(batch));
  });
}

export async function printShift(batches: BottlingBatch[]): Promise<LabelRun[]> {
  const runs: LabelRun[] = [];
  for (const batch of batches) {
    runs.push(await printLabels(batch));
  }
  return runs;
}
