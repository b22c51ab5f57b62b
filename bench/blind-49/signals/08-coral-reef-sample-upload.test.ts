// expect: none
// The uploader rethrows aborts untouched (only non-abort failures are wrapped or retried) and passes the signal on to every call; the tests assert exactly that.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface ReefSample {
  sampleId: string;
  site: string;
  depthMeters: number;
  coverPercent: number;
}

type Transport = (sample: ReefSample, signal: AbortSignal) => Promise<{ stored: boolean }>;

class SampleUploadError extends Error {
  constructor(sampleId: string, cause: unknown) {
    super(`could not upload sample ${sampleId}`, { cause });
    this.name = 'SampleUploadError';
  }
}

async function uploadSamples(
  samples: ReefSample[],
  transport: Transport,
  signal: AbortSignal,
  retryDelayMs = 5,
): Promise<string[]> {
  const stored: string[] = [];
  for (const sample of samples) {
    let attempt = 0;
    for (;;) {
      signal.throwIfAborted();
      try {
        const { stored: ok } = await transport(sample, signal);
        if (ok) stored.push(sample.sampleId);
        break;
      } catch (err) {
        if (signal.aborted) throw signal.reason;
        if (err instanceof Error && err.name === 'AbortError') throw err;
        if (++attempt >= 3) throw new SampleUploadError(sample.sampleId, err);
        await sleep(retryDelayMs, undefined, { signal });
      }
    }
  }
  return stored;
}

const samples: ReefSample[] = [
  { sampleId: 'LZ-01', site: 'Lizard Island', depthMeters: 6, coverPercent: 41 },
  { sampleId: 'LZ-02', site: 'Lizard Island', depthMeters: 12, coverPercent: 28 },
];

function abortableTransport(delayMs: number): Transport {
  return async (sample, signal) => {
    await sleep(delayMs, undefined, { signal });
    return { stored: sample.coverPercent > 0 };
  };
}

describe('uploadSamples', () => {
  it('uploads every sample when nothing goes wrong', async () => {
    const stored = await uploadSamples(samples, abortableTransport(1), new AbortController().signal);
    assert.deepEqual(stored, ['LZ-01', 'LZ-02']);
  });

  it('surfaces an abort as an AbortError rather than an upload failure', async () => {
    const controller = new AbortController();
    const upload = uploadSamples(samples, abortableTransport(50), controller.signal);
    controller.abort();
    await assert.rejects(upload, { name: 'AbortError' });
  });

  it('does not retry once the caller has aborted', async () => {
    const controller = new AbortController();
    let calls = 0;
    const transport: Transport = async () => {
      calls++;
      controller.abort();
      throw new Error('link dropped');
    };
    await assert.rejects(uploadSamples(samples, transport, controller.signal), { name: 'AbortError' });
    assert.equal(calls, 1);
  });

  it('wraps a persistent transport failure after three attempts', async () => {
    let calls = 0;
    const transport: Transport = async () => {
      calls++;
      throw new Error('satellite modem busy');
    };
    await assert.rejects(uploadSamples(samples, transport, new AbortController().signal), SampleUploadError);
    assert.equal(calls, 3);
  });
});
