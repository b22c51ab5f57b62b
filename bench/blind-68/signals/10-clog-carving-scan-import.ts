// expect: none
// Correct: the abort signal is handed to pipeline(), to the readline interface and to the child process, so cancelling stops every stage.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface FootScanPoint {
  x: number;
  y: number;
  z: number;
}

export interface ImportResult {
  orderId: string;
  points: number;
  lengthMm: number;
  widthMm: number;
  meshPath: string;
}

declare const scanConfig: {
  workDir: string;
  mesherBinary: string;
};

async function unpack(archive: string, target: string, signal: AbortSignal): Promise<void> {
  await pipeline(createReadStream(archive), createGunzip(), createWriteStream(target), { signal });
}

async function measure(xyzPath: string, signal: AbortSignal): Promise<{ points: number; lengthMm: number; widthMm: number }> {
  const input = createReadStream(xyzPath, { encoding: 'utf8', signal });
  const rl = createInterface({ input, crlfDelay: Infinity, signal });
  let points = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for await (const line of rl) {
    const [x, y, z] = line.trim().split(/\s+/).map(Number);
    if (![x, y, z].every(Number.isFinite)) continue;
    points += 1;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (points === 0) throw new Error(`no usable points in ${xyzPath}`);
  return { points, lengthMm: maxY - minY, widthMm: maxX - minX };
}

async function mesh(xyzPath: string, outPath: string, signal: AbortSignal): Promise<void> {
  await execFileAsync(scanConfig.mesherBinary, ['--poisson', '--depth', '9', xyzPath, outPath], {
    signal,
    timeout: 120_000,
  });
}

export async function importFootScan(orderId: string, archive: string, signal: AbortSignal): Promise<ImportResult> {
  const xyzPath = `${scanConfig.workDir}/${orderId}.xyz`;
  const meshPath = `${scanConfig.workDir}/${orderId}.ply`;

  await unpack(archive, xyzPath, signal);
  const { points, lengthMm, widthMm } = await measure(xyzPath, signal);
  // Children's clogs start around 140 mm; anything shorter is a failed scan.
  if (lengthMm < 140 || widthMm < 50) {
    throw new Error(`scan for ${orderId} looks truncated (${lengthMm.toFixed(0)} x ${widthMm.toFixed(0)} mm)`);
  }
  await mesh(xyzPath, meshPath, signal);
  return { orderId, points, lengthMm, widthMm, meshPath };
}
