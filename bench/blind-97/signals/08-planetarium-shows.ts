// expect: require-signal-propagation
// renderFulldome checks opts.signal between frames but never passes it to execFile, so cancelling a render leaves the current multi-minute sky-render child running to completion before the abort is seen.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const execFileAsync = promisify(execFile);

export interface SkyKeyframe {
  frame: number;
  lst: number;
  latitude: number;
  fovDeg: number;
  overlays: Array<'constellations' | 'ecliptic' | 'grid'>;
}

export interface RenderOptions {
  outDir: string;
  resolution: 4096 | 8192;
  signal: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface RenderResult {
  frames: number;
  bytes: number;
  elapsedMs: number;
}

const SKY_RENDERER = process.env.SKY_RENDERER ?? '/usr/local/bin/skyrender';

function argsFor(kf: SkyKeyframe, outFile: string, resolution: number): string[] {
  return [
    '--fisheye',
    `--size=${resolution}`,
    `--lst=${kf.lst.toFixed(4)}`,
    `--lat=${kf.latitude}`,
    `--fov=${kf.fovDeg}`,
    ...kf.overlays.map((o) => `--overlay=${o}`),
    '--out',
    outFile,
  ];
}

export async function renderFulldome(keyframes: SkyKeyframe[], opts: RenderOptions): Promise<RenderResult> {
  const started = Date.now();
  await mkdir(opts.outDir, { recursive: true });

  let bytes = 0;
  for (const [i, kf] of keyframes.entries()) {
    opts.signal.throwIfAborted();
    const outFile = join(opts.outDir, `frame-${String(kf.frame).padStart(5, '0')}.png`);
    const { stderr } = await execFileAsync(SKY_RENDERER, argsFor(kf, outFile, opts.resolution), {
      maxBuffer: 4 * 1024 * 1024,
    });
    if (stderr.includes('WARN catalog')) {
      console.warn(`frame ${kf.frame}: ${stderr.trim()}`);
    }
    bytes += (await stat(outFile)).size;
    opts.onProgress?.(i + 1, keyframes.length);
  }

  return { frames: keyframes.length, bytes, elapsedMs: Date.now() - started };
}
