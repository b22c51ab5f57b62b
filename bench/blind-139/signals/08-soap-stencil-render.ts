// expect: none
// The render job forwards its signal to the pattern fetch, to the spawned converter via the spawn signal option and to the file write, so aborting stops every step.
import { spawn } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CarvingPattern {
  id: string;
  name: string;
  svg: string;
}

export interface RenderJob {
  patternId: string;
  soapBlockMm: [number, number, number];
  outputPath: string;
}

async function fetchPattern(libraryUrl: string, id: string, signal: AbortSignal): Promise<CarvingPattern> {
  const res = await fetch(`${libraryUrl}/patterns/${encodeURIComponent(id)}`, { signal });
  if (!res.ok) throw new Error(`pattern ${id}: HTTP ${res.status}`);
  return (await res.json()) as CarvingPattern;
}

function runConverter(args: string[], signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('svg2stencil', args, { stdio: 'ignore', signal });
    child.once('error', reject);
    child.once('close', (code, sig) => {
      if (code === 0) resolve();
      else reject(new Error(`svg2stencil exited with ${code ?? sig}`));
    });
  });
}

export async function renderStencil(libraryUrl: string, job: RenderJob, signal: AbortSignal): Promise<string> {
  const pattern = await fetchPattern(libraryUrl, job.patternId, signal);
  const workDir = await mkdtemp(join(tmpdir(), 'soap-stencil-'));
  try {
    const svgPath = join(workDir, `${pattern.id}.svg`);
    await writeFile(svgPath, pattern.svg, { signal });

    const [w, h, d] = job.soapBlockMm;
    await runConverter(
      ['--in', svgPath, '--out', job.outputPath, '--block', `${w}x${h}x${d}`, '--relief', 'shallow'],
      signal,
    );
    return job.outputPath;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export async function renderClassKit(
  libraryUrl: string,
  jobs: readonly RenderJob[],
  options: { signal: AbortSignal },
): Promise<string[]> {
  const outputs: string[] = [];
  for (const job of jobs) {
    outputs.push(await renderStencil(libraryUrl, job, options.signal));
  }
  return outputs;
}
