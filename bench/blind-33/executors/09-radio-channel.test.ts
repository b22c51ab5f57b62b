// expect: none
// runDecoder's executor records a worker 'error' and settles once on 'exit', so error-then-exit cannot settle twice and a crashed worker still rejects.
import { Worker } from 'node:worker_threads';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface DecodedBurst {
  callsign: string;
  channel: string;
  lat: number;
  lon: number;
  message: string;
}

type DecoderMessage =
  | { kind: 'burst'; burst: DecodedBurst }
  | { kind: 'fault'; detail: string };

interface DecodeResult {
  bursts: DecodedBurst[];
  faults: string[];
}

const DECODER_PATH = process.env.RADIO_DECODER_WORKER ?? './dist/radio/decoder-worker.js';

function runDecoder(channel: string, frames: Uint8Array[]): Promise<DecodeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DECODER_PATH, { workerData: { channel } });
    const bursts: DecodedBurst[] = [];
    const faults: string[] = [];
    let failure: Error | undefined;

    worker.on('message', (msg: DecoderMessage) => {
      if (msg.kind === 'burst') {
        bursts.push(msg.burst);
      } else {
        faults.push(msg.detail);
      }
    });
    worker.once('error', (err) => {
      failure = err;
    });
    worker.once('exit', (code) => {
      if (failure) {
        reject(failure);
      } else if (code !== 0) {
        reject(new Error(`decoder for ${channel} exited with code ${code}`));
      } else {
        resolve({ bursts, faults });
      }
    });

    worker.postMessage({ frames });
  });
}

function frame(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
}

describe('mountain rescue burst decoder', () => {
  let frames: Uint8Array[];

  beforeEach(() => {
    frames = [
      frame('7e 52 33 01 4d 52 54 31 2e 41 e3 12 cc 7e'),
      frame('7e 52 33 02 4d 52 54 34 2e 41 e3 40 09 7e'),
    ];
  });

  it('decodes position bursts from team radios on R3', async () => {
    const result = await runDecoder('R3', frames);
    expect(result.bursts).toHaveLength(2);
    expect(result.bursts.map((b) => b.callsign)).toEqual(['MRT1', 'MRT4']);
    expect(result.faults).toEqual([]);
  });

  it('reports CRC faults without dropping the good frames', async () => {
    const corrupted = [...frames, frame('7e 52 33 03 00 00 00 00 ff 7e')];
    const result = await runDecoder('R3', corrupted);
    expect(result.bursts).toHaveLength(2);
    expect(result.faults).toHaveLength(1);
  });

  it('rejects when the decoder is started on an unknown channel', async () => {
    await expect(runDecoder('R99', frames)).rejects.toThrow(/R99/);
  });

  it('returns nothing for an empty capture', async () => {
    const result = await runDecoder('R1', []);
    expect(result).toEqual({ bursts: [], faults: [] });
  });
});
