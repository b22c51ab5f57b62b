// expect: no-multiple-settle
// The decode() test helper waits only for the worker's 'message' event; if the decoder script throws or exits, the promise never settles and the test just hangs until the runner timeout.
import { Worker } from 'node:worker_threads';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(expected: number): void;
};

interface DecodedPass {
  satellite: string;
  frames: number;
  dropped: number;
  payloadBytes: number;
}

// Mirrors the production decoder loop closely enough to exercise framing rules.
const DECODER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const SYNC = 0x1acffc1d;
let frames = 0, dropped = 0, payloadBytes = 0;
for (const raw of workerData.frames) {
  const buf = Buffer.from(raw);
  if (buf.length < 8 || buf.readUInt32BE(0) !== SYNC) { dropped++; continue; }
  const len = buf.readUInt16BE(4);
  if (len !== buf.length - 6) { dropped++; continue; }
  frames++;
  payloadBytes += len;
}
parentPort.postMessage({ satellite: workerData.satellite, frames, dropped, payloadBytes });
`;

function frame(payload: number[]): Uint8Array {
  const buf = Buffer.alloc(6 + payload.length);
  buf.writeUInt32BE(0x1acffc1d, 0);
  buf.writeUInt16BE(payload.length, 4);
  Buffer.from(payload).copy(buf, 6);
  return new Uint8Array(buf);
}

function decode(satellite: string, frames: Uint8Array[]): Promise<DecodedPass> {
  const worker = new Worker(DECODER_SOURCE, { eval: true, workerData: { satellite, frames } });
  return new Promise((resolve) => {
    worker.once('message', (result: DecodedPass) => {
      void worker.terminate();
      resolve(result);
    });
  });
}

describe('pass decoder', () => {
  it('counts well-formed frames', async () => {
    const result = await decode('NOAA-19', [frame([1, 2, 3]), frame([4, 5, 6, 7])]);
    expect(result.frames).toBe(2);
    expect(result.payloadBytes).toBe(7);
    expect(result.dropped).toBe(0);
  });

  it('drops frames with a bad sync word', async () => {
    const bad = frame([9, 9]);
    bad[0] = 0x00;
    const result = await decode('METEOR-M2', [bad, frame([1, 1])]);
    expect(result).toEqual({ satellite: 'METEOR-M2', frames: 1, dropped: 1, payloadBytes: 2 });
  });

  it('drops frames whose length header disagrees with the buffer', async () => {
    const truncated = frame([1, 2, 3, 4, 5]).slice(0, 9);
    const result = await decode('NOAA-18', [truncated, frame([8, 8, 8])]);
    expect(result.dropped).toBe(1);
    expect(result.frames).toBeGreaterThan(0);
  });

  it('handles an empty pass', async () => {
    const result = await decode('NOAA-15', []);
    expect(result.frames).toBe(0);
    expect(result.payloadBytes).toBe(0);
  });
});
