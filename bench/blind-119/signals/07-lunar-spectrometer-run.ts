// expect: none
// runSpectrometer hands options.signal to the child process, to events.once, to the upload fetch and to the settle delay, so every wait is cancellable.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

export interface RunOptions {
  sampleId: string;
  chamberPressurePa: number;
  outputPath: string;
  archiveUrl: string;
  settleMs?: number;
  signal?: AbortSignal;
}

export interface RunSummary {
  sampleId: string;
  peaks: number;
  archivedAs: string;
}

const VACUUM_LIMIT_PA = 5e-4;

export async function runSpectrometer(options: RunOptions): Promise<RunSummary> {
  const { signal } = options;
  if (options.chamberPressurePa > VACUUM_LIMIT_PA) {
    throw new Error(`chamber at ${options.chamberPressurePa} Pa, pump down before measuring ${options.sampleId}`);
  }

  await delay(options.settleMs ?? 3_000, undefined, { signal });

  const child = spawn(
    '/opt/lab/bin/tof-acquire',
    ['--sample', options.sampleId, '--out', options.outputPath, '--shots', '4000'],
    { stdio: ['ignore', 'inherit', 'pipe'], signal },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));

  const [code] = (await once(child, 'exit', { signal })) as [number | null];
  if (code !== 0) {
    throw new Error(`tof-acquire exited ${code} for ${options.sampleId}: ${stderr.trim()}`);
  }

  const raw = await readFile(options.outputPath, { encoding: 'utf8', signal });
  const peaks = raw.split('\n').filter((l) => /^\d+\.\d+\s+\d+/.test(l)).length;

  const res = await fetch(`${options.archiveUrl}/samples/${options.sampleId}/spectra`, {
    method: 'PUT',
    headers: { 'content-type': 'text/plain' },
    body: raw,
    signal,
  });
  if (!res.ok) {
    throw new Error(`archive rejected spectrum for ${options.sampleId}: HTTP ${res.status}`);
  }
  const { id } = (await res.json()) as { id: string };
  return { sampleId: options.sampleId, peaks, archivedAs: id };
}

export async function runBatch(samples: Omit<RunOptions, 'signal'>[], signal?: AbortSignal): Promise<RunSummary[]> {
  const out: RunSummary[] = [];
  for (const sample of samples) {
    signal?.throwIfAborted();
    out.push(await runSpectrometer({ ...sample, signal }));
  }
  return out;
}
