// expect: no-read-before-settle
// this.codecs is filled by the worker's 'hello' message, which arrives asynchronously, but pickCodec() reads it synchronously right after postMessage while it is still empty, so every job is encoded as h264 even on AV1-capable workers.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

interface HelloReply {
  type: 'hello';
  codecs: string[];
  hwAccel: boolean;
}

export interface TranscodeJob {
  id: string;
  input: string;
  output: string;
  maxHeight: number;
}

export class TranscodeWorker {
  private codecs: string[] = [];
  private readonly worker: Worker;
  readonly preferredCodec: 'av1' | 'hevc' | 'h264';

  constructor(private readonly index: number) {
    this.worker = new Worker(join(__dirname, 'transcode-worker.js'), {
      workerData: { index },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    this.worker.once('message', (msg: HelloReply) => {
      this.codecs = msg.codecs;
      console.log(`transcoder ${index}: codecs=${msg.codecs.join(',')} hw=${msg.hwAccel}`);
    });
    this.worker.on('error', (err) => console.error(`transcoder ${index} crashed`, err));
    this.worker.postMessage({ type: 'hello' });
    this.preferredCodec = this.pickCodec();
  }

  private pickCodec(): 'av1' | 'hevc' | 'h264' {
    if (this.codecs.includes('av1')) return 'av1';
    if (this.codecs.includes('hevc')) return 'hevc';
    return 'h264';
  }

  run(job: TranscodeJob): Promise<{ id: string; codec: string; bytes: number }> {
    return new Promise((resolve, reject) => {
      const onMessage = (msg: { type: string; id: string; bytes?: number; error?: string }) => {
        if (msg.id !== job.id) return;
        this.worker.off('message', onMessage);
        this.worker.off('exit', onExit);
        if (msg.type === 'done') resolve({ id: job.id, codec: this.preferredCodec, bytes: msg.bytes ?? 0 });
        else reject(new Error(`transcode ${job.id} failed: ${msg.error ?? 'unknown error'}`));
      };
      const onExit = (code: number) => {
        this.worker.off('message', onMessage);
        reject(new Error(`transcoder ${this.index} exited with ${code} during ${job.id}`));
      };
      this.worker.on('message', onMessage);
      this.worker.once('exit', onExit);
      this.worker.postMessage({ type: 'transcode', job, codec: this.preferredCodec });
    });
  }
}
