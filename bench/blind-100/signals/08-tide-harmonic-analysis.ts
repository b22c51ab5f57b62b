// expect: none
// The analysis signal is handed to writeFile, to spawn (which kills the solver on abort) and to events.once, so cancelling the analysis stops the child and rejects the wait with an AbortError.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface WaterLevelSample {
  t: number;
  levelMm: number;
}

export interface Constituent {
  name: 'M2' | 'S2' | 'N2' | 'K1' | 'O1';
  amplitudeMm: number;
  phaseDeg: number;
}

export interface AnalysisJob {
  stationId: string;
  samples: WaterLevelSample[];
  workDir: string;
  solverPath: string;
}

function parseConstituents(stdout: string): Constituent[] {
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length === 3)
    .map(([name, amp, phase]) => ({
      name: name as Constituent['name'],
      amplitudeMm: Number(amp),
      phaseDeg: Number(phase),
    }));
}

export async function analyzeStation(job: AnalysisJob, signal: AbortSignal): Promise<Constituent[]> {
  const input = join(job.workDir, `${job.stationId}.csv`);
  const csv = job.samples.map((s) => `${s.t},${s.levelMm}`).join('\n');
  await writeFile(input, csv, { signal });

  const child = spawn(job.solverPath, ['--constituents', 'M2,S2,N2,K1,O1', input], {
    stdio: ['ignore', 'pipe', 'inherit'],
    signal,
  });

  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
  });

  const [code] = (await once(child, 'close', { signal })) as [number | null];
  if (code !== 0) throw new Error(`harmonic solver for ${job.stationId} exited with ${code}`);
  return parseConstituents(stdout);
}
