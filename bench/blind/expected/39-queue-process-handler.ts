// expect: none
// queue.process declares its handler as returning Promise<void> and awaits it to ack or retry the job, so the async handler is not floating.
interface JobContext<T> {
  id: string;
  data: T;
  attempt: number;
  progress(pct: number): Promise<void>;
}

declare class JobQueue<T> {
  constructor(name: string, opts: { concurrency: number });
  process(handler: (job: JobContext<T>) => Promise<void>): void;
}

declare function transcode(src: string, preset: string, onProgress: (pct: number) => void): Promise<string>;
declare const catalog: { setRendition(videoId: string, preset: string, url: string): Promise<void> };

interface TranscodeJob {
  videoId: string;
  source: string;
  preset: '720p' | '1080p';
}

export const transcodeQueue = new JobQueue<TranscodeJob>('transcode', { concurrency: 2 });

transcodeQueue.process(async (job) => {
  const { videoId, source, preset } = job.data;
  const outputUrl = await transcode(source, preset, (pct) => {
    if (pct % 25 === 0) console.log(`job ${job.id} (${videoId} ${preset}): ${pct}%`);
  });
  await job.progress(100);
  await catalog.setRendition(videoId, preset, outputUrl);
});
