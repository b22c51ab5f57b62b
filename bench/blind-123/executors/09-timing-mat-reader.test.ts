// expect: no-multiple-settle
// In readChip the short-frame branch removes the listeners and returns without resolving or rejecting, so a truncated frame leaves the promise pending forever.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

const FRAME_START = 0xaa;

interface ChipRead {
  antenna: number;
  chip: string;
  rssi: number;
}

class MatReader {
  readonly stats = { reads: 0, shortFrames: 0 };

  constructor(private readonly link: EventEmitter) {}

  readChip(antenna: number): Promise<ChipRead> {
    return new Promise<ChipRead>((resolve, reject) => {
      const onFrame = (frame: Buffer) => {
        if (frame[0] !== FRAME_START || frame[1] !== antenna) return;
        cleanup();
        if (frame.length < 7) {
          this.stats.shortFrames++;
          return;
        }
        this.stats.reads++;
        resolve({
          antenna,
          chip: frame.subarray(2, 6).toString('hex').toUpperCase(),
          rssi: -frame[6],
        });
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        this.link.off('frame', onFrame);
        this.link.off('error', onError);
      };
      this.link.on('frame', onFrame);
      this.link.on('error', onError);
    });
  }
}

function frame(antenna: number, chip: number[], rssi: number): Buffer {
  return Buffer.from([FRAME_START, antenna, ...chip, rssi]);
}

describe('MatReader', () => {
  let link: EventEmitter;
  let reader: MatReader;

  before(() => {
    link = new EventEmitter();
    reader = new MatReader(link);
  });

  after(() => {
    link.removeAllListeners();
  });

  test('decodes a chip crossing on the requested antenna', async () => {
    const read = reader.readChip(2);
    link.emit('frame', frame(2, [0x0b, 0x1e, 0x44, 0x90], 61));
    assert.deepEqual(await read, { antenna: 2, chip: '0B1E4490', rssi: -61 });
  });

  test('skips frames from other antennas', async () => {
    const read = reader.readChip(1);
    link.emit('frame', frame(3, [1, 2, 3, 4], 70));
    link.emit('frame', frame(1, [5, 6, 7, 8], 55));
    const result = await read;
    assert.equal(result.chip, '05060708');
    assert.equal(link.listenerCount('frame'), 0);
  });

  test('propagates link errors', async () => {
    const read = reader.readChip(4);
    link.emit('error', new Error('mat cable unplugged'));
    await assert.rejects(read, /mat cable unplugged/);
    assert.equal(link.listenerCount('error'), 0);
  });

  test('counts successful reads', () => {
    assert.equal(reader.stats.reads, 2);
  });
});
