// expect: none
// Stamper uploads go through stream pipeline and the inter-job cooldown with the queue's signal, and an aborted job cleans up and rethrows.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PressJob {
  catalogueNo: string;
  side: 'A' | 'B';
  lacquerPath: string;
  targetPath: string;
}

export interface PressResult {
  catalogueNo: string;
  side: 'A' | 'B';
  sha256: string;
  bytes: number;
}

function hashingPassThrough(onDone: (sha: string, bytes: number) => void): Transform {
  const hash = createHash('sha256');
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      bytes += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      onDone(hash.digest('hex'), bytes);
      cb();
    },
  });
}

export class PressQueue {
  private readonly controller = new AbortController();
  private readonly jobs: PressJob[] = [];

  constructor(private readonly cooldownMs = 2_000) {}

  enqueue(job: PressJob): void {
    this.jobs.push(job);
  }

  stop(reason = 'press line stopped'): void {
    this.controller.abort(new Error(reason));
  }

  private async transfer(job: PressJob, signal: AbortSignal): Promise<PressResult> {
    const partial = `${job.targetPath}.partial`;
    let sha256 = '';
    let bytes = 0;
    try {
      await pipeline(
        createReadStream(job.lacquerPath),
        hashingPassThrough((sha, n) => {
          sha256 = sha;
          bytes = n;
        }),
        createWriteStream(partial),
        { signal },
      );
      await rename(partial, job.targetPath);
      return { catalogueNo: job.catalogueNo, side: job.side, sha256, bytes };
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  }

  async run(onPressed: (result: PressResult) => void): Promise<void> {
    const { signal } = this.controller;
    while (this.jobs.length > 0) {
      signal.throwIfAborted();
      const job = this.jobs.shift()!;
      onPressed(await this.transfer(job, signal));
      if (this.jobs.length > 0) {
        // give the hydraulic press time to cycle before loading the next stamper
        await sleep(this.cooldownMs, undefined, { signal });
      }
    }
  }
}
