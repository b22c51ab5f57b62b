// expect: no-read-before-settle
// `digest` is assigned in the worker's 'message' listener, which fires on a later tick, but the assertion reads it synchronously after postMessage, so it is always undefined.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { once } from 'node:events';

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
parentPort.on('message', ({ id, text, algorithm }) => {
  const hex = createHash(algorithm).update(text).digest('hex');
  parentPort.postMessage({ id, hex });
});
`;

interface DigestReply {
  id: number;
  hex: string;
}

describe('digest worker', () => {
  let worker: Worker;

  beforeEach(() => {
    worker = new Worker(WORKER_SOURCE, { eval: true });
  });

  afterEach(async () => {
    await worker.terminate();
  });

  it('hashes a payload with sha256', () => {
    const text = 'the quick brown fox';
    let digest: DigestReply | undefined;

    worker.once('message', (reply: DigestReply) => {
      digest = reply;
    });
    worker.postMessage({ id: 1, text, algorithm: 'sha256' });

    assert.deepEqual(digest, {
      id: 1,
      hex: createHash('sha256').update(text).digest('hex'),
    });
  });

  it('rejects unknown algorithms', async () => {
    const failed = once(worker, 'error');
    worker.postMessage({ id: 2, text: 'x', algorithm: 'not-a-hash' });
    const [err] = (await failed) as [Error];
    assert.match(err.message, /digest|algorithm/i);
  });
});
