// expect: none
// The async 'message' listener wraps its whole body in try/catch and always posts a reply, so the promise the port ignores can never reject and every request gets an answer.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';

interface HashRequest {
  requestId: number;
  path: string;
}

type HashReply =
  | { requestId: number; ok: true; hash: string; width: number; height: number }
  | { requestId: number; ok: false; error: string };

interface DecodedImage {
  width: number;
  height: number;
  grayscale: Uint8Array;
}

declare function decodeImage(bytes: Uint8Array, opts: { maxPixels: number }): Promise<DecodedImage>;
declare function resizeGray(image: DecodedImage, width: number, height: number): Uint8Array;

if (!parentPort) {
  throw new Error('image hasher must be started as a worker thread');
}
const port = parentPort;
const { maxPixels } = workerData as { maxPixels: number };

function differenceHash(image: DecodedImage): string {
  const small = resizeGray(image, 9, 8);
  let bits = 0n;
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      bits = (bits << 1n) | (small[y * 9 + x] > small[y * 9 + x + 1] ? 1n : 0n);
    }
  }
  return bits.toString(16).padStart(16, '0');
}

port.on('message', async (msg: HashRequest) => {
  let response: HashReply;
  try {
    const bytes = await readFile(msg.path);
    const image = await decodeImage(bytes, { maxPixels });
    response = { requestId: msg.requestId, ok: true, hash: differenceHash(image), width: image.width, height: image.height };
  } catch (err) {
    response = { requestId: msg.requestId, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(response);
});
