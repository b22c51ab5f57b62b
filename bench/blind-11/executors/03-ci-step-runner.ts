// expect: none
// Correct: the spawn wrapper settles through a single guarded finish() on 'error', 'close' or timeout, and clears the timer, so every outcome settles exactly once.
import { spawn } from 'node:child_process';

export interface StepResult {
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export class StepFailedError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stderr: string,
  ) {
    super(`step "${command}" failed (${signal ?? `exit ${exitCode}`})\n${stderr.slice(-2000)}`);
  }
}

export interface StepOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  onLine?: (line: string) => void;
}

export function runStep(command: string, args: string[], opts: StepOptions): Promise<StepResult> {
  const label = [command, ...args].join(' ');
  const started = Date.now();

  return new Promise<StepResult>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: { ...process.env, CI: 'true', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;
    let partial = '';

    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(() => {
            child.kill('SIGKILL');
            finish(new Error(`step "${label}" timed out after ${opts.timeoutMs}ms`));
          }, opts.timeoutMs)
        : undefined;

    function finish(err: Error | null, result?: StepResult) {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (err) reject(err);
      else resolve(result!);
    }

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (!opts.onLine) return;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) opts.onLine(line);
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(err));

    child.on('close', (code, signal) => {
      if (partial && opts.onLine) opts.onLine(partial);
      if (code === 0) {
        finish(null, { command: label, exitCode: 0, stdout, stderr, durationMs: Date.now() - started });
      } else {
        finish(new StepFailedError(label, code, signal, stderr));
      }
    });
  });
}

export async function runPipeline(steps: Array<[string, string[]]>, opts: StepOptions) {
  const results: StepResult[] = [];
  for (const [cmd, args] of steps) {
    results.push(await runStep(cmd, args, opts));
  }
  return results;
}
