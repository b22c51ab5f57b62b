// expect: none
// retryScan is given a factory and starts a new scan each attempt; assert.rejects receives a function or a fresh promise as the API allows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface ReelScan {
  reelId: string;
  frames: number;
  droppedFrames: number;
  gauge: '8mm' | '16mm' | '35mm';
}

class ScannerBusyError extends Error {}

async function retryScan(
  scan: () => Promise<ReelScan>,
  attempts: number,
  backoffMs = 5,
): Promise<ReelScan> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await scan();
    } catch (err) {
      lastError = err;
      if (!(err instanceof ScannerBusyError)) throw err;
      await delay(backoffMs * (i + 1));
    }
  }
  throw lastError;
}

function flakyScanner(failuresBeforeSuccess: number) {
  let calls = 0;
  const scan = async (reelId: string): Promise<ReelScan> => {
    calls++;
    if (calls <= failuresBeforeSuccess) throw new ScannerBusyError(`gate busy (call ${calls})`);
    return { reelId, frames: 14_400, droppedFrames: 3, gauge: '16mm' };
  };
  return { scan, calls: () => calls };
}

test('retries a busy scanner until it succeeds', async () => {
  const scanner = flakyScanner(2);
  const result = await retryScan(() => scanner.scan('NFA-1954-0031'), 5);

  assert.equal(result.reelId, 'NFA-1954-0031');
  assert.equal(scanner.calls(), 3);
});

test('gives up after the configured number of attempts', async () => {
  const scanner = flakyScanner(10);

  await assert.rejects(
    () => retryScan(() => scanner.scan('NFA-1961-0112'), 3),
    ScannerBusyError,
  );
  assert.equal(scanner.calls(), 3);
});

test('does not retry on a damaged-reel error', async () => {
  let calls = 0;
  const scan = async (): Promise<ReelScan> => {
    calls++;
    throw new Error('perforation tear detected');
  };

  await assert.rejects(retryScan(scan, 4), /perforation tear/);
  assert.equal(calls, 1);
});

test('scans several reels concurrently', async () => {
  const scanner = flakyScanner(0);
  const reelIds = ['NFA-1972-0004', 'NFA-1972-0005', 'NFA-1972-0006'];

  const results = await Promise.all(reelIds.map(scanner.scan));

  assert.deepEqual(results.map((r) => r.reelId), reelIds);
  assert.ok(results.every((r) => r.droppedFrames < 10));
});
