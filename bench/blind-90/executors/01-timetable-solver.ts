// expect: none
// Correct: both 'error' and 'close' are handled, a non-zero exit rejects, and a `settled` guard plus clearTimeout make every path settle exactly once.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface SailingSlot {
  route: string;
  vessel: string;
  departs: string;
  arrives: string;
}

export interface SolverOptions {
  binary?: string;
  timeoutMs?: number;
  season: 'summer' | 'winter' | 'shoulder';
}

const DEFAULT_BINARY = '/opt/ferry/bin/tt-solve';

export function solveTimetable(constraintsJson: string, opts: SolverOptions): Promise<SailingSlot[]> {
  const binary = opts.binary ?? DEFAULT_BINARY;
  const timeoutMs = opts.timeoutMs ?? 120_000;

  return new Promise<SailingSlot[]>((resolve, reject) => {
    const child = spawn(binary, ['--season', opts.season, '--format', 'json'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, slots?: SailingSlot[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(slots ?? []);
    };

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`timetable solver exceeded ${timeoutMs}ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(err));

    child.on('close', (code, signal) => {
      if (code !== 0) {
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        finish(new Error(`tt-solve failed (${why}): ${stderr.trim().slice(0, 500)}`));
        return;
      }
      try {
        const parsed = JSON.parse(stdout) as { slots: SailingSlot[] };
        finish(null, parsed.slots);
      } catch (err) {
        finish(err instanceof Error ? err : new Error(String(err)));
      }
    });

    child.stdin.on('error', (err) => finish(err));
    child.stdin.end(constraintsJson);
  });
}

export async function solveAllSeasons(constraintsJson: string): Promise<Map<string, SailingSlot[]>> {
  const out = new Map<string, SailingSlot[]>();
  for (const season of ['summer', 'shoulder', 'winter'] as const) {
    out.set(season, await solveTimetable(constraintsJson, { season }));
  }
  return out;
}

export async function solverVersion(binary = DEFAULT_BINARY): Promise<string> {
  const child = spawn(binary, ['--version']);
  let text = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (c: string) => (text += c));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`tt-solve --version exited with ${code}`);
  return text.trim();
}
