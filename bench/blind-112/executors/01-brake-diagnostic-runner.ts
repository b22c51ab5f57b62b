// expect: no-multiple-settle
// When the diagnostic tool exits with code 0 without ever printing a VERDICT line, the exit handler settles nothing and the promise hangs forever.
import { spawn } from 'node:child_process';

export interface BrakeVerdict {
  towerId: string;
  result: 'PASS' | 'FAIL';
  holdingTorqueNm: number;
  durationMs: number;
}

export interface DiagnosticOptions {
  binary?: string;
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
}

const VERDICT_RE = /^VERDICT\s+(PASS|FAIL)\s+torque=(\d+(?:\.\d+)?)/;

export function runBrakeDiagnostic(
  towerId: string,
  options: DiagnosticOptions = {},
): Promise<BrakeVerdict> {
  const binary = options.binary ?? '/opt/liftctl/bin/brake-diag';
  const args = ['--tower', towerId, '--mode', 'static-hold', ...(options.extraArgs ?? [])];
  const startedAt = Date.now();

  return new Promise<BrakeVerdict>((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdoutTail = '';
    let stderrTail = '';
    let verdict: BrakeVerdict | undefined;
    let startError: Error | undefined;

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdoutTail += chunk;
      const lines = stdoutTail.split('\n');
      stdoutTail = lines.pop() ?? '';
      for (const line of lines) {
        const match = VERDICT_RE.exec(line.trim());
        if (match && !verdict) {
          verdict = {
            towerId,
            result: match[1] as 'PASS' | 'FAIL',
            holdingTorqueNm: Number(match[2]),
            durationMs: Date.now() - startedAt,
          };
        }
      }
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-2000);
    });

    child.on('error', (err) => {
      startError = err;
      reject(new Error(`could not start brake diagnostic for ${towerId}: ${err.message}`));
    });

    child.on('close', (code, signal) => {
      if (startError) return;
      if (code !== 0) {
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        reject(new Error(`brake diagnostic for ${towerId} failed (${why}): ${stderrTail.trim()}`));
        return;
      }
      if (verdict) {
        resolve(verdict);
      }
    });
  });
}

export async function runBrakeDiagnostics(
  towerIds: string[],
  options?: DiagnosticOptions,
): Promise<BrakeVerdict[]> {
  const verdicts: BrakeVerdict[] = [];
  for (const id of towerIds) {
    verdicts.push(await runBrakeDiagnostic(id, options));
  }
  return verdicts;
}
