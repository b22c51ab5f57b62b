// expect: none
// The render job forwards its signal to writeFile and execFile, and the catch rethrows aborts before wrapping other renderer failures.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface DomeShow {
  slug: string;
  durationSec: number;
  fps: 30 | 60;
  fisheyeDeg: 180 | 210;
  starCatalogue: 'hipparcos' | 'gaia-dr3';
  observer: { latDeg: number; lonDeg: number; epoch: string };
}

export interface RenderContext {
  workDir: string;
  rendererPath: string;
  signal: AbortSignal;
}

export class RenderFailedError extends Error {
  constructor(readonly slug: string, options?: { cause?: unknown }) {
    super(`dome render for ${slug} failed`, options);
    this.name = 'RenderFailedError';
  }
}

function sceneFile(show: DomeShow): string {
  return JSON.stringify(
    {
      catalogue: show.starCatalogue,
      projection: { type: 'fisheye', fov: show.fisheyeDeg },
      observer: show.observer,
      timeline: { seconds: show.durationSec, fps: show.fps },
    },
    null,
    2,
  );
}

export async function renderShow(show: DomeShow, ctx: RenderContext): Promise<string> {
  const { workDir, rendererPath, signal } = ctx;
  const outDir = join(workDir, show.slug);
  await mkdir(outDir, { recursive: true });

  const scenePath = join(outDir, 'scene.json');
  await writeFile(scenePath, sceneFile(show), { encoding: 'utf8', signal });

  const output = join(outDir, `${show.slug}-${show.fisheyeDeg}.mp4`);
  try {
    const { stderr } = await execFileAsync(
      rendererPath,
      ['--scene', scenePath, '--out', output, '--threads', '8'],
      { signal, maxBuffer: 16 * 1024 * 1024, timeout: show.durationSec * 20_000 },
    );
    if (stderr.includes('WARN')) {
      process.emitWarning(`renderer warnings for ${show.slug}:\n${stderr}`);
    }
    return output;
  } catch (err) {
    if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) {
      throw err;
    }
    throw new RenderFailedError(show.slug, { cause: err });
  }
}

export async function renderSeason(shows: DomeShow[], ctx: RenderContext): Promise<Map<string, string>> {
  const rendered = new Map<string, string>();
  for (const show of shows) {
    ctx.signal.throwIfAborted();
    rendered.set(show.slug, await renderShow(show, ctx));
  }
  return rendered;
}
