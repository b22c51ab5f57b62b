// expect: none
// In-flight transcode promises are stored on purpose to dedupe work and are always awaited before their results are used.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export type Rendition = 'mp3-128' | 'mp3-64' | 'aac-96';

const FFMPEG_ARGS: Record<Rendition, string[]> = {
  'mp3-128': ['-codec:a', 'libmp3lame', '-b:a', '128k'],
  'mp3-64': ['-codec:a', 'libmp3lame', '-b:a', '64k', '-ac', '1'],
  'aac-96': ['-codec:a', 'aac', '-b:a', '96k'],
};

interface TranscodeResult {
  file: string;
  bytes: number;
  rendition: Rendition;
}

declare const cdn: {
  publish(episodeId: string, body: string): Promise<void>;
};

function runFfmpeg(input: string, output: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn('ffmpeg', ['-y', '-i', input, ...args, output], { stdio: 'ignore' });
    proc.once('error', reject);
    proc.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code} for ${path.basename(output)}`));
    });
  });
}

export class TranscodeCache {
  private readonly inflight = new Map<string, Promise<TranscodeResult>>();

  constructor(private readonly outDir: string) {}

  private key(episodeId: string, rendition: Rendition): string {
    return `${episodeId}:${rendition}`;
  }

  private async transcode(episodeId: string, source: string, rendition: Rendition): Promise<TranscodeResult> {
    const ext = rendition.startsWith('aac') ? 'm4a' : 'mp3';
    const file = path.join(this.outDir, `${episodeId}-${rendition}.${ext}`);
    await runFfmpeg(source, file, FFMPEG_ARGS[rendition]);
    const { size } = await stat(file);
    return { file, bytes: size, rendition };
  }

  get(episodeId: string, source: string, rendition: Rendition): Promise<TranscodeResult> {
    const k = this.key(episodeId, rendition);
    const existing = this.inflight.get(k);
    if (existing) return existing;

    const job = this.transcode(episodeId, source, rendition);
    this.inflight.set(k, job);
    job.catch(() => this.inflight.delete(k));
    return job;
  }

  async publishEpisode(episodeId: string, source: string): Promise<number> {
    const renditions = Object.keys(FFMPEG_ARGS) as Rendition[];
    const pending = renditions.map((r) => this.get(episodeId, source, r));
    const results = await Promise.all(pending);

    const enclosure = results.find((r) => r.rendition === 'mp3-128') ?? results[0];
    await cdn.publish(
      episodeId,
      JSON.stringify({
        enclosure: path.basename(enclosure.file),
        length: enclosure.bytes,
        alternates: results.map((r) => ({ rendition: r.rendition, bytes: r.bytes })),
      }),
    );
    return results.reduce((sum, r) => sum + r.bytes, 0);
  }
}
