// expect: no-multiple-settle
// The executor is async and awaits loadHedgePalette before wiring any handlers, so a palette failure rejects the executor's own promise and the returned one never settles.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { writeFile, rm } from 'node:fs/promises';

export interface MazeDesign {
  id: string;
  widthCells: number;
  heightCells: number;
  hedgeSpecies: 'yew' | 'beech' | 'hornbeam' | 'privet';
  walls: Array<[x: number, y: number, side: 'n' | 'e' | 's' | 'w']>;
  entrances: Array<[x: number, y: number]>;
}

interface HedgePalette {
  summer: string;
  autumn: string;
  shadow: string;
}

declare function loadHedgePalette(species: MazeDesign['hedgeSpecies']): Promise<HedgePalette>;
declare const RASTER_BINARY: string;

const PREVIEW_SCALE = 12;

function renderMazePreview(design: MazeDesign, specPath: string, season: 'summer' | 'autumn'): Promise<Buffer> {
  return new Promise<Buffer>(async (resolve, reject) => {
    const palette = await loadHedgePalette(design.hedgeSpecies);
    const child = spawn(
      RASTER_BINARY,
      ['--spec', specPath, '--scale', String(PREVIEW_SCALE), '--fill', palette[season], '--shade', palette.shadow],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );

    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) {
        resolve(Buffer.concat(chunks));
      } else {
        reject(new Error(`maze-raster exited with ${signal ?? code}: ${stderr.trim().slice(0, 400)}`));
      }
    });
  });
}

function checkDesign(design: MazeDesign): void {
  if (design.entrances.length === 0) throw new Error(`maze ${design.id} has no entrance`);
  for (const [x, y] of design.entrances) {
    const onEdge = x === 0 || y === 0 || x === design.widthCells - 1 || y === design.heightCells - 1;
    if (!onEdge) throw new Error(`maze ${design.id} entrance (${x},${y}) is not on the boundary`);
  }
  for (const [x, y] of design.walls) {
    if (x < 0 || y < 0 || x >= design.widthCells || y >= design.heightCells) {
      throw new Error(`maze ${design.id} wall at (${x},${y}) is outside the plot`);
    }
  }
}

export async function previewMaze(design: MazeDesign, season: 'summer' | 'autumn' = 'summer'): Promise<Buffer> {
  checkDesign(design);
  const specPath = join(tmpdir(), `maze-${design.id}-${process.pid}.json`);
  await writeFile(specPath, JSON.stringify({
    width: design.widthCells,
    height: design.heightCells,
    walls: design.walls,
    entrances: design.entrances,
  }));
  try {
    return await renderMazePreview(design, specPath, season);
  } finally {
    await rm(specPath, { force: true });
  }
}
