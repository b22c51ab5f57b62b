// expect: no-multiple-settle
// Bug: writeImage's executor settles only on the stream's 'finish'; an 'error' on the serial port stream leaves the promise pending forever.
import { createWriteStream, type WriteStream } from 'node:fs';
import { createHash } from 'node:crypto';

declare const rotatorRegistry: {
  devicePath(towerId: string): Promise<string>;
  recordFlash(towerId: string, entry: FlashRecord): Promise<void>;
};

declare function fetchFirmwareImage(version: string): Promise<Buffer>;

interface FlashRecord {
  version: string;
  sha256: string;
  bytes: number;
  flashedAt: string;
}

interface FlashOptions {
  chunkSize?: number;
  verify?: boolean;
}

const HEADER_MAGIC = Buffer.from([0x4c, 0x52, 0x4f, 0x54]); // "LROT"

function frameImage(image: Buffer): Buffer {
  const header = Buffer.alloc(12);
  HEADER_MAGIC.copy(header, 0);
  header.writeUInt32BE(image.length, 4);
  header.writeUInt32BE(crc32(image), 8);
  return Buffer.concat([header, image]);
}

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export class LensRotatorFlasher {
  constructor(private readonly towerId: string, private readonly opts: FlashOptions = {}) {}

  async flash(version: string): Promise<FlashRecord> {
    const image = await fetchFirmwareImage(version);
    if (image.length === 0) {
      throw new Error(`firmware ${version} is empty`);
    }
    const framed = frameImage(image);
    const devicePath = await rotatorRegistry.devicePath(this.towerId);
    const stream = createWriteStream(devicePath, { flags: 'w', highWaterMark: this.opts.chunkSize ?? 4096 });

    await this.writeImage(stream, framed);

    const record: FlashRecord = {
      version,
      sha256: createHash('sha256').update(image).digest('hex'),
      bytes: framed.length,
      flashedAt: new Date().toISOString(),
    };
    await rotatorRegistry.recordFlash(this.towerId, record);
    return record;
  }

  private writeImage(stream: WriteStream, framed: Buffer): Promise<void> {
    const chunkSize = this.opts.chunkSize ?? 4096;
    return new Promise<void>((resolve) => {
      stream.once('finish', () => resolve());

      let offset = 0;
      const pump = (): void => {
        while (offset < framed.length) {
          const chunk = framed.subarray(offset, offset + chunkSize);
          offset += chunk.length;
          if (!stream.write(chunk)) {
            stream.once('drain', pump);
            return;
          }
        }
        stream.end();
      };
      pump();
    });
  }
}

export async function flashTowers(towerIds: string[], version: string): Promise<Map<string, FlashRecord>> {
  const results = new Map<string, FlashRecord>();
  for (const towerId of towerIds) {
    const flasher = new LensRotatorFlasher(towerId, { chunkSize: 2048, verify: true });
    results.set(towerId, await flasher.flash(version));
  }
  return results;
}
