// expect: none
// Race between a per-job worker's reply and a deadline: the finally clears the timer, detaches the listeners and terminates the worker, so neither loser outlives the race.
import { Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';

interface ThumbRequest {
  jobId: string;
  sourcePath: string;
  width: number;
  height: number;
}

interface ThumbReply {
  jobId: string;
  outputPath?: string;
  error?: string;
}

export class ThumbnailService {
  constructor(
    private readonly scriptPath: string,
    private readonly deadlineMs = 15_000,
  ) {}

  async render(sourcePath: string, width: number, height: number): Promise<string> {
    const jobId = randomUUID();
    const worker = new Worker(this.scriptPath);
    let timer: NodeJS.Timeout | undefined;
    let onMessage: ((reply: ThumbReply) => void) | undefined;
    let onError: ((err: Error) => void) | undefined;

    const reply = new Promise<string>((resolve, reject) => {
      onMessage = (msg) => {
        if (msg.jobId !== jobId) return;
        if (msg.outputPath) resolve(msg.outputPath);
        else reject(new Error(msg.error ?? `thumbnail job ${jobId} failed`));
      };
      onError = reject;
      worker.on('message', onMessage);
      worker.on('error', onError);
    });

    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`thumbnail for ${sourcePath} exceeded ${this.deadlineMs}ms`));
      }, this.deadlineMs);
    });

    const request: ThumbRequest = { jobId, sourcePath, width, height };
    worker.postMessage(request);

    try {
      return await Promise.race([reply, deadline]);
    } finally {
      clearTimeout(timer);
      if (onMessage) worker.off('message', onMessage);
      if (onError) worker.off('error', onError);
      await worker.terminate();
    }
  }
}
