// expect: no-multiple-settle
// The executor is async and awaits readFile before wiring any reject; if the image is missing the async callback throws and the returned promise never settles.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export interface FirmwareImage {
  model: string;
  version: string;
  path: string;
  sha256: string;
}

export interface FlashResult {
  deviceSerial: string;
  version: string;
  durationMs: number;
  log: string[];
}

declare const deviceRegistry: {
  markUpdated(serial: string, version: string): Promise<void>;
  markFailed(serial: string, reason: string): Promise<void>;
};

const FLASHER = process.env.HA_FLASHER_BIN ?? '/opt/audiology/bin/ha-flash';

export function flashDevice(serial: string, image: FirmwareImage, side: 'left' | 'right'): Promise<FlashResult> {
  return new Promise<FlashResult>(async (resolve, reject) => {
    const started = Date.now();
    const bytes = await readFile(image.path);
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digest !== image.sha256) {
      reject(new Error(`firmware ${image.version} checksum mismatch for ${image.model}`));
      return;
    }

    const log: string[] = [];
    const child = spawn(FLASHER, ['--serial', serial, '--ear', side, '--image', '-'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      log.push(...chunk.split('\n').filter(Boolean));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => log.push(`[stderr] ${chunk.trim()}`));

    child.stdin.on('error', (err) => log.push(`[stdin] ${err.message}`));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve({ deviceSerial: serial, version: image.version, durationMs: Date.now() - started, log });
      } else {
        reject(new Error(`flasher exited with ${code}: ${log.slice(-3).join(' | ')}`));
      }
    });

    child.stdin.end(bytes);
  });
}

export async function updatePair(serials: { left: string; right: string }, image: FirmwareImage): Promise<FlashResult[]> {
  const results: FlashResult[] = [];
  // Flash sequentially: both aids share a single programming cradle.
  for (const side of ['left', 'right'] as const) {
    const serial = serials[side];
    try {
      const result = await flashDevice(serial, image, side);
      await deviceRegistry.markUpdated(serial, image.version);
      results.push(result);
    } catch (err) {
      await deviceRegistry.markFailed(serial, (err as Error).message);
      throw err;
    }
  }
  return results;
}
