// expect: none
// handlerFor() returns bound async methods on purpose because queue.process expects a job handler function, not a promise.
export interface RenderJob {
  id: string;
  kind: 'master' | 'preview' | 'chapters';
  showSlug: string;
  episodeNo: number;
  sourceKey: string;
  attempts: number;
}

type JobHandler = (job: RenderJob) => Promise<void>;

interface JobQueue {
  process(kind: RenderJob['kind'], concurrency: number, handler: JobHandler): void;
  pause(kind: RenderJob['kind']): Promise<void>;
}

declare const storage: {
  download(key: string): Promise<Uint8Array>;
  upload(key: string, body: Uint8Array, contentType: string): Promise<void>;
};

declare const encoder: {
  encode(input: Uint8Array, preset: 'mp3-128' | 'mp3-64' | 'aac-96'): Promise<Uint8Array>;
  clip(input: Uint8Array, startSec: number, durationSec: number): Promise<Uint8Array>;
  chapters(input: Uint8Array): Promise<Array<{ startSec: number; title: string }>>;
};

const CONCURRENCY: Record<RenderJob['kind'], number> = { master: 2, preview: 6, chapters: 4 };

export class RenderWorker {
  private rendered = 0;

  constructor(private readonly queue: JobQueue) {}

  private outputKey(job: RenderJob, suffix: string): string {
    return `shows/${job.showSlug}/${String(job.episodeNo).padStart(4, '0')}/${suffix}`;
  }

  private async renderMaster(job: RenderJob): Promise<void> {
    const source = await storage.download(job.sourceKey);
    const [hi, lo] = await Promise.all([encoder.encode(source, 'mp3-128'), encoder.encode(source, 'mp3-64')]);
    await Promise.all([
      storage.upload(this.outputKey(job, 'episode-128.mp3'), hi, 'audio/mpeg'),
      storage.upload(this.outputKey(job, 'episode-64.mp3'), lo, 'audio/mpeg'),
    ]);
    this.rendered += 1;
  }

  private async renderPreview(job: RenderJob): Promise<void> {
    const source = await storage.download(job.sourceKey);
    const clip = await encoder.clip(source, 90, 45);
    const encoded = await encoder.encode(clip, 'aac-96');
    await storage.upload(this.outputKey(job, 'preview.m4a'), encoded, 'audio/mp4');
    this.rendered += 1;
  }

  private async renderChapters(job: RenderJob): Promise<void> {
    const source = await storage.download(job.sourceKey);
    const marks = await encoder.chapters(source);
    const body = new TextEncoder().encode(JSON.stringify({ version: '1.2.0', chapters: marks }));
    await storage.upload(this.outputKey(job, 'chapters.json'), body, 'application/json+chapters');
    this.rendered += 1;
  }

  handlerFor(kind: RenderJob['kind']): JobHandler {
    switch (kind) {
      case 'master':
        return this.renderMaster.bind(this);
      case 'preview':
        return this.renderPreview.bind(this);
      case 'chapters':
        return this.renderChapters.bind(this);
    }
  }

  start(): void {
    for (const kind of Object.keys(CONCURRENCY) as Array<RenderJob['kind']>) {
      this.queue.process(kind, CONCURRENCY[kind], this.handlerFor(kind));
    }
  }

  async drain(): Promise<number> {
    await Promise.all((Object.keys(CONCURRENCY) as Array<RenderJob['kind']>).map((kind) => this.queue.pause(kind)));
    return this.rendered;
  }
}
