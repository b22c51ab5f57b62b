// expect: none
// Every outcome (spawn error, stdin EPIPE, non-zero exit, timeout kill) goes through a guarded finish() that settles once and clears the timer.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface FormatRequest {
  source: string;
  filepath: string;
  tabWidth?: number;
  printWidth?: number;
}

export interface FormatResult {
  output: string;
  changed: boolean;
  durationMs: number;
}

const FORMATTER_BIN = process.env.FORMATTER_BIN ?? 'fmtd';
const DEFAULT_TIMEOUT_MS = 5_000;

export class FormatterError extends Error {
  constructor(
    message: string,
    public readonly stderr: string,
    public readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'FormatterError';
  }
}

export function formatSource(req: FormatRequest, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<FormatResult> {
  const started = performance.now();
  const args = ['--stdin-filepath', req.filepath, '--tab-width', String(req.tabWidth ?? 2), '--print-width', String(req.printWidth ?? 100)];

  return new Promise<FormatResult>((resolve, reject) => {
    const child = spawn(FORMATTER_BIN, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let done = false;

    const finish = (error: Error | null, result?: FormatResult) => {
      if (done) return;
      done = true;
      clearTimeout(killTimer);
      if (error) reject(error);
      else resolve(result as FormatResult);
    };

    const killTimer = setTimeout(() => {
      child.kill('SIGKILL');
      const stderr = Buffer.concat(err).toString('utf8');
      finish(new FormatterError(`formatter timed out after ${timeoutMs}ms`, stderr, null));
    }, timeoutMs);

    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));

    child.on('error', (e) => finish(e));
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0) {
        finish(new FormatterError(`formatter exited with ${code ?? signal}`, stderr, code));
        return;
      }
      const output = Buffer.concat(out).toString('utf8');
      finish(null, {
        output,
        changed: output !== req.source,
        durationMs: performance.now() - started,
      });
    });

    // The formatter may exit before reading all of stdin (e.g. on a syntax error).
    child.stdin.on('error', (e) => finish(e));
    child.stdin.end(req.source, 'utf8');
  });
}

export async function formatMany(requests: FormatRequest[], concurrency = 4): Promise<Map<string, FormatResult | FormatterError>> {
  const results = new Map<string, FormatResult | FormatterError>();
  let next = 0;

  async function worker(): Promise<void> {
    while (next < requests.length) {
      const req = requests[next++];
      try {
        results.set(req.filepath, await formatSource(req));
      } catch (e) {
        results.set(req.filepath, e instanceof FormatterError ? e : new FormatterError(String(e), '', null));
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
  return results;
}
