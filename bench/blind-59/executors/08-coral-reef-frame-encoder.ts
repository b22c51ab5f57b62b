// expect: no-multiple-settle
// Pending deferreds are only settled from 'message'; nothing handles the worker's 'error' or 'exit', so a crashed encoder leaves every caller hanging.
import { Worker } from 'node:worker_threads';

export interface ReefFrame {
  cameraId: string;
  capturedAt: number;
  width: number;
  height: number;
  pixels: Uint8Array;
}

export interface EncodedFrame {
  cameraId: string;
  capturedAt: number;
  webp: Uint8Array;
  turbidity: number;
}

type EncoderReply =
  | { id: number; ok: true; webp: Uint8Array; turbidity: number }
  | { id: number; ok: false; message: string };

declare const ENCODER_WORKER_PATH: string;
declare const reefMetrics: { gauge(name: string, value: number): void };

interface PendingFrame {
  frame: ReefFrame;
  resolve: (value: EncodedFrame) => void;
  reject: (reason: Error) => void;
}

export class ReefFrameEncoder {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PendingFrame>();
  private nextId = 1;

  constructor(private readonly quality = 72) {
    this.worker = new Worker(ENCODER_WORKER_PATH, { workerData: { quality } });
    this.worker.on('message', (reply: EncoderReply) => this.onReply(reply));
  }

  encode(frame: ReefFrame): Promise<EncodedFrame> {
    const { promise, resolve, reject } = Promise.withResolvers<EncodedFrame>();
    const id = this.nextId++;
    this.pending.set(id, { frame, resolve, reject });
    reefMetrics.gauge('reef.encoder.pending', this.pending.size);

    // Transfer the pixel buffer instead of copying 12MB per frame.
    const pixels = frame.pixels.slice();
    this.worker.postMessage({ id, width: frame.width, height: frame.height, pixels }, [pixels.buffer]);
    return promise;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private onReply(reply: EncoderReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    reefMetrics.gauge('reef.encoder.pending', this.pending.size);

    if (!reply.ok) {
      entry.reject(new Error(`encoding ${entry.frame.cameraId}@${entry.frame.capturedAt} failed: ${reply.message}`));
      return;
    }
    entry.resolve({
      cameraId: entry.frame.cameraId,
      capturedAt: entry.frame.capturedAt,
      webp: reply.webp,
      turbidity: reply.turbidity,
    });
  }
}

export async function encodeBurst(encoder: ReefFrameEncoder, frames: ReefFrame[]): Promise<EncodedFrame[]> {
  const sorted = [...frames].sort((a, b) => a.capturedAt - b.capturedAt);
  const encoded = await Promise.all(sorted.map((frame) => encoder.encode(frame)));
  return encoded.filter((f) => f.turbidity < 0.8);
}
