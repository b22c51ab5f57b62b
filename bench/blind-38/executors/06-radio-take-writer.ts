// expect: no-multiple-settle
// finalizeTake only waits for 'finish' on the WAV write stream, so a disk or path error leaves the returned promise pending forever.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface TakeMeta {
  production: string;
  scene: number;
  take: number;
  performerIds: string[];
  sampleRate: 44100 | 48000 | 96000;
  channels: 1 | 2;
}

export interface TakeFile {
  path: string;
  durationSec: number;
  bytes: number;
}

declare const studioPaths: { takesRoot: string };
declare const sessionLog: { append(line: string): void };

const BITS_PER_SAMPLE = 24;

export function wavHeader(meta: TakeMeta, dataBytes: number): Buffer {
  const blockAlign = (meta.channels * BITS_PER_SAMPLE) / 8;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(meta.channels, 22);
  header.writeUInt32LE(meta.sampleRate, 24);
  header.writeUInt32LE(meta.sampleRate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(BITS_PER_SAMPLE, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

export function takeFileName(meta: TakeMeta): string {
  const pad = (n: number) => String(n).padStart(3, '0');
  return `${meta.production}_sc${pad(meta.scene)}_tk${pad(meta.take)}.wav`;
}

export class TakeRecorder {
  private chunks: Buffer[] = [];
  private dataBytes = 0;

  constructor(private readonly meta: TakeMeta) {}

  capture(frame: Buffer): void {
    this.chunks.push(frame);
    this.dataBytes += frame.byteLength;
  }

  get durationSec(): number {
    const bytesPerSecond = (this.meta.sampleRate * this.meta.channels * BITS_PER_SAMPLE) / 8;
    return this.dataBytes / bytesPerSecond;
  }

  finalizeTake(): Promise<TakeFile> {
    const path = join(studioPaths.takesRoot, this.meta.production, takeFileName(this.meta));
    const header = wavHeader(this.meta, this.dataBytes);
    const chunks = this.chunks;
    this.chunks = [];

    return new Promise<TakeFile>((resolve) => {
      const out = createWriteStream(path, { flags: 'w' });
      out.on('finish', () => {
        sessionLog.append(`${takeFileName(this.meta)} ${this.durationSec.toFixed(2)}s by ${this.meta.performerIds.join('+')}`);
        resolve({ path, durationSec: this.durationSec, bytes: header.byteLength + this.dataBytes });
      });
      out.write(header);
      for (const chunk of chunks) {
        out.write(chunk);
      }
      out.end();
    });
  }
}

export async function recordScene(meta: TakeMeta, frames: AsyncIterable<Buffer>): Promise<TakeFile> {
  const recorder = new TakeRecorder(meta);
  for await (const frame of frames) {
    recorder.capture(frame);
  }
  if (recorder.durationSec < 0.5) {
    throw new Error(`take ${meta.take} of scene ${meta.scene} is too short to keep`);
  }
  return recorder.finalizeTake();
}
