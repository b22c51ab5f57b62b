// expect: no-swallowed-abort
// uploadWithRetry catches every failure of the upload, including the AbortError raised when the caller cancels, and simply tries again until the attempts run out.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface HeatResult {
  bib: number;
  name: string;
  seconds: number;
  flippersOnly: boolean;
}

type Uploader = (results: HeatResult[], signal: AbortSignal) => Promise<void>;

async function uploadWithRetry(
  upload: Uploader,
  results: HeatResult[],
  signal: AbortSignal,
  attempts = 3,
): Promise<number> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await upload(results, signal);
      return attempt;
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`results upload failed after ${attempts} attempts`, { cause: lastError });
}

describe('uploadWithRetry', () => {
  const sample: HeatResult[] = [
    { bib: 12, name: 'Neil', seconds: 91.4, flippersOnly: true },
    { bib: 7, name: 'Kirsty', seconds: 88.9, flippersOnly: true },
  ];
  let calls: number;

  before(() => {
    calls = 0;
  });

  after(() => {
    calls = 0;
  });

  test('returns on the first successful attempt', async () => {
    const attempt = await uploadWithRetry(async () => {
      calls++;
    }, sample, new AbortController().signal);
    assert.equal(attempt, 1);
  });

  test('retries transient failures', async () => {
    let n = 0;
    const attempt = await uploadWithRetry(async () => {
      if (++n < 3) throw new Error('502 from scoreboard');
    }, sample, new AbortController().signal);
    assert.equal(attempt, 3);
  });

  test('gives up after the configured attempts', async () => {
    await assert.rejects(
      uploadWithRetry(async () => {
        throw new Error('scoreboard down');
      }, sample, new AbortController().signal, 2),
      /failed after 2 attempts/,
    );
  });
});
