// expect: no-multiple-settle
// The too-warm check throws inside the execFile callback, which runs later outside the executor; the throw becomes an uncaught exception and the promise never settles.
import { execFile } from 'node:child_process';

export interface BlockReading {
  blockId: string;
  coreTempC: number;
  surfaceTempC: number;
  densityKgM3: number;
}

export interface CarveSlot {
  suite: string;
  blockIds: string[];
  carverName: string;
}

const MAX_CORE_TEMP_C = -6;

export class BlockTooWarmError extends Error {
  constructor(readonly reading: BlockReading) {
    super(`block ${reading.blockId} core at ${reading.coreTempC}°C, above ${MAX_CORE_TEMP_C}°C`);
    this.name = 'BlockTooWarmError';
  }
}

export function readBlock(blockId: string, freezerBin = '/opt/icehotel/bin/freezerctl'): Promise<BlockReading> {
  return new Promise<BlockReading>((resolve, reject) => {
    execFile(freezerBin, ['probe', blockId, '--format=json'], { timeout: 15_000 }, (err, stdout, stderr) => {
      if (err) {
        reject(new Error(`freezerctl probe ${blockId} failed: ${stderr || err.message}`));
        return;
      }
      const raw = JSON.parse(stdout) as { core: number; surface: number; density: number };
      const reading: BlockReading = {
        blockId,
        coreTempC: raw.core,
        surfaceTempC: raw.surface,
        densityKgM3: raw.density,
      };
      if (reading.coreTempC > MAX_CORE_TEMP_C) {
        throw new BlockTooWarmError(reading);
      }
      resolve(reading);
    });
  });
}

export async function prepareCarveSlot(slot: CarveSlot): Promise<{ ready: BlockReading[]; rejected: string[] }> {
  const ready: BlockReading[] = [];
  const rejected: string[] = [];
  for (const id of slot.blockIds) {
    try {
      ready.push(await readBlock(id));
    } catch (err) {
      if (err instanceof BlockTooWarmError) {
        rejected.push(id);
        continue;
      }
      throw err;
    }
  }
  if (ready.length === 0) {
    throw new Error(`no usable blocks for suite ${slot.suite}; tell ${slot.carverName} to wait`);
  }
  return { ready, rejected };
}

export async function morningCheck(slots: CarveSlot[]): Promise<string> {
  const lines: string[] = [];
  for (const slot of slots) {
    const { ready, rejected } = await prepareCarveSlot(slot);
    lines.push(`${slot.suite}: ${ready.length} ok, ${rejected.length} too warm`);
  }
  return lines.join('\n');
}
