// expect: none
// Correct: spawn wrapper settles once via a guard on 'error'/'close', and the timeout is cleared on every path.
import { spawn } from 'node:child_process';

export interface AnnealSegment {
  targetCelsius: number;
  rampMinutes: number;
  holdMinutes: number;
}

export interface KilnRunResult {
  kilnId: string;
  exitCode: number;
  log: string[];
  durationMs: number;
}

const CONTROLLER_BIN = process.env.KILN_CONTROLLER_BIN ?? '/opt/studio/bin/kilnctl';

function encodeSchedule(segments: AnnealSegment[]): string {
  return segments.map((s) => `${s.targetCelsius}:${s.rampMinutes}:${s.holdMinutes}`).join(',');
}

export function runAnnealSchedule(kilnId: string, segments: AnnealSegment[], timeoutMs = 20 * 60 * 60 * 1000): Promise<KilnRunResult> {
  if (segments.length === 0) {
    return Promise.reject(new Error(`kiln ${kilnId}: empty schedule`));
  }

  return new Promise<KilnRunResult>((resolve, reject) => {
    const started = Date.now();
    const log: string[] = [];
    let settled = false;

    const child = spawn(CONTROLLER_BIN, ['run', '--kiln', kilnId, '--schedule', encodeSchedule(segments)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    const finish = (err: Error | null, code = -1) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (err) {
        reject(err);
      } else {
        resolve({ kilnId, exitCode: code, log, durationMs: Date.now() - started });
      }
    };

    const watchdog = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`kiln ${kilnId}: controller exceeded ${timeoutMs}ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (line.trim()) log.push(line.trim());
      }
    });

    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(err));

    child.on('close', (code, signal) => {
      if (code === 0) {
        finish(null, 0);
      } else {
        const reason = signal ? `signal ${signal}` : `exit code ${code}`;
        finish(new Error(`kiln ${kilnId}: controller failed with ${reason}: ${stderr.trim()}`));
      }
    });
  });
}

export async function runStudioBatch(
  jobs: Array<{ kilnId: string; segments: AnnealSegment[] }>,
): Promise<Map<string, KilnRunResult | Error>> {
  const results = new Map<string, KilnRunResult | Error>();
  const outcomes = await Promise.allSettled(jobs.map((j) => runAnnealSchedule(j.kilnId, j.segments)));
  outcomes.forEach((outcome, i) => {
    const id = jobs[i].kilnId;
    results.set(id, outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error));
  });
  return results;
}
