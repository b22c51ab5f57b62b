// expect: none
// Every executor listens for both its success event ('drain'/'finish') and 'error', detaching the other listener, so each settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { createHash } from 'node:crypto';

export interface GateFirmware {
  gateId: string;
  version: string;
  image: Buffer;
}

declare const gateRegistry: {
  devicePath(gateId: string): string;
  markFlashed(gateId: string, version: string, sha256: string): Promise<void>;
  markFailed(gateId: string, reason: string): Promise<void>;
};

const CHUNK_BYTES = 4096;

function writeChunk(stream: WriteStream, chunk: Buffer): Promise<void> {
  if (stream.write(chunk)) {
    return Promise.resolve();
  }
  return new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('drain', onDrain);
      reject(err);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

function endStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end();
  });
}

function* chunks(image: Buffer, size: number): Generator<Buffer> {
  for (let offset = 0; offset < image.length; offset += size) {
    yield image.subarray(offset, Math.min(offset + size, image.length));
  }
}

export async function flashGate(firmware: GateFirmware): Promise<string> {
  const path = gateRegistry.devicePath(firmware.gateId);
  const hash = createHash('sha256');
  const stream = createWriteStream(path, { flags: 'w' });

  try {
    for (const chunk of chunks(firmware.image, CHUNK_BYTES)) {
      hash.update(chunk);
      await writeChunk(stream, chunk);
    }
    await endStream(stream);
  } catch (err) {
    stream.destroy();
    const reason = err instanceof Error ? err.message : String(err);
    await gateRegistry.markFailed(firmware.gateId, reason);
    throw err;
  }

  const digest = hash.digest('hex');
  await gateRegistry.markFlashed(firmware.gateId, firmware.version, digest);
  return digest;
}

export async function flashLine(images: GateFirmware[]): Promise<Map<string, string>> {
  const results = new Map<string, string>();
  // Gates on one line share a controller bus, so flash them one after another.
  for (const image of images) {
    results.set(image.gateId, await flashGate(image));
  }
  return results;
}
