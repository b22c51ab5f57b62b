// expect: none
// The spawn wrapper handles both 'error' and 'close', and a settled flag ensures only the first of them settles the promise.
import { spawn } from 'node:child_process';

export interface SpinResult {
  frameBatch: string;
  kilograms: number;
  moisturePct: number;
  durationSec: number;
}

declare const apiaryLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

const EXTRACTOR_BIN = '/opt/apiary/bin/extractor-ctl';

function parseSpinOutput(stdout: string, frameBatch: string): SpinResult {
  const fields = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) fields.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const kilograms = Number(fields.get('yield_kg'));
  const moisturePct = Number(fields.get('moisture_pct'));
  const durationSec = Number(fields.get('elapsed_s'));
  if ([kilograms, moisturePct, durationSec].some(Number.isNaN)) {
    throw new Error(`extractor output for ${frameBatch} missing fields`);
  }
  return { frameBatch, kilograms, moisturePct, durationSec };
}

export function spinFrames(frameBatch: string, rpm: number, minutes: number): Promise<SpinResult> {
  return new Promise<SpinResult>((resolve, reject) => {
    const child = spawn(EXTRACTOR_BIN, ['spin', '--batch', frameBatch, '--rpm', String(rpm), '--minutes', String(minutes)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let settled = false;
    let stdout = '';
    let stderr = '';

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });

    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code !== 0) {
        reject(new Error(`extractor exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      try {
        resolve(parseSpinOutput(stdout, frameBatch));
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function extractHarvest(batches: string[]): Promise<SpinResult[]> {
  const results: SpinResult[] = [];
  for (const batch of batches) {
    try {
      const result = await spinFrames(batch, 280, 12);
      if (result.moisturePct > 18.6) {
        apiaryLog.info('batch above moisture limit, routing to dehumidifier', { batch, moisture: result.moisturePct });
      }
      results.push(result);
    } catch (err) {
      apiaryLog.error('spin failed', { batch, err: String(err) });
    }
  }
  return results;
}
