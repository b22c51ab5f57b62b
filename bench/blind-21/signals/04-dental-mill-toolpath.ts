// expect: none
// The CAM child process receives the job signal, and abort errors are rethrown before the non-abort failure is turned into a result.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const execFileAsync = promisify(execFile);

export interface MillJob {
  caseId: string;
  material: 'zirconia' | 'emax' | 'pmma' | 'titanium';
  stl: Buffer;
  toothNumbers: number[];
}

export type ToolpathResult =
  { ok: true; caseId: string; nc: string; estimatedMinutes: number } | { ok: false; caseId: string; reason: string };

const CAM_BINARY = process.env.CAM_BINARY ?? '/opt/millbox/bin/camcli';

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

function parseEstimate(stdout: string): number {
  const match = /EST_MINUTES=(\d+(?:\.\d+)?)/.exec(stdout);
  return match ? Number(match[1]) : NaN;
}

export async function generateToolpath(job: MillJob, signal: AbortSignal): Promise<ToolpathResult> {
  const workdir = await mkdtemp(join(tmpdir(), `mill-${job.caseId}-`));
  const stlPath = join(workdir, 'restoration.stl');
  const ncPath = join(workdir, 'restoration.nc');

  try {
    await writeFile(stlPath, job.stl, { signal });
    const { stdout } = await execFileAsync(
      CAM_BINARY,
      ['--material', job.material, '--teeth', job.toothNumbers.join(','), '--in', stlPath, '--out', ncPath, '--emit-nc-stdout'],
      { signal, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000 },
    );

    const nc = stdout.slice(stdout.indexOf('%'));
    return { ok: true, caseId: job.caseId, nc, estimatedMinutes: parseEstimate(stdout) };
  } catch (err) {
    if (isAbortError(err) || signal.aborted) throw err;
    const stderr = (err as { stderr?: string }).stderr ?? '';
    const reason = stderr.trim().split('\n').pop() || (err as Error).message;
    return { ok: false, caseId: job.caseId, reason };
  } finally {
    await rm(workdir, { recursive: true, force: true });
  }
}

export async function millQueue(jobs: MillJob[], signal: AbortSignal): Promise<ToolpathResult[]> {
  const out: ToolpathResult[] = [];
  for (const job of jobs) {
    out.push(await generateToolpath(job, signal));
  }
  return out;
}
