// expect: none
// The listener itself is synchronous and attaches a .catch to the promise it starts, so nothing is left floating on the EventEmitter.
import { EventEmitter } from 'node:events';

interface ThumbnailJob {
  imageId: string;
  sizes: number[];
}

declare function renderThumbnails(job: ThumbnailJob): Promise<string[]>;
declare const log: { info(msg: string): void; error(msg: string, err: unknown): void };

export const jobs = new EventEmitter();

function handleJob(job: ThumbnailJob): void {
  renderThumbnails(job)
    .then((paths) => {
      log.info(`rendered ${paths.length} thumbnails for ${job.imageId}`);
      jobs.emit('done', job.imageId, paths);
    })
    .catch((err: unknown) => {
      log.error(`thumbnail job ${job.imageId} failed`, err);
      jobs.emit('failed', job.imageId, err);
    });
}

jobs.on('job', handleJob);

export function submit(imageId: string, sizes = [64, 256, 1024]): void {
  jobs.emit('job', { imageId, sizes });
}
