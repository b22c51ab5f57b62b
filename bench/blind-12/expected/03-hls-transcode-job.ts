// expect: no-uncalled-async-function
// Promise.all is given the flushSegments method itself rather than its result, so the job finishes before pending segments are uploaded.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

declare const storage: {
  putObject(key: string, body: Buffer, contentType: string): Promise<void>;
};

interface Rendition {
  name: string;
  height: number;
  videoBitrate: string;
}

export class HlsTranscodeJob extends EventEmitter {
  private pendingSegments: string[] = [];
  private uploads = new Set<Promise<void>>();

  constructor(
    private readonly sourcePath: string,
    private readonly workDir: string,
    private readonly outputPrefix: string,
    private readonly renditions: Rendition[],
  ) {
    super();
  }

  async run(): Promise<void> {
    for (const rendition of this.renditions) {
      await this.encode(rendition);
    }
    await Promise.all([this.flushSegments, this.writeManifest()]);
    this.emit('done', { prefix: this.outputPrefix });
  }

  private encode(rendition: Rendition): Promise<void> {
    const playlist = join(this.workDir, `${rendition.name}.m3u8`);
    const args = [
      '-i',
      this.sourcePath,
      '-vf',
      `scale=-2:${rendition.height}`,
      '-c:v',
      'libx264',
      '-b:v',
      rendition.videoBitrate,
      '-c:a',
      'aac',
      '-b:a',
      '128k',
      '-hls_time',
      '6',
      '-hls_playlist_type',
      'vod',
      '-hls_segment_filename',
      join(this.workDir, `${rendition.name}_%05d.ts`),
      playlist,
    ];
    return new Promise((resolve, reject) => {
      const proc = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      proc.stderr.setEncoding('utf8');
      proc.stderr.on('data', (chunk: string) => {
        const opened = /Opening '([^']+\.ts)' for writing/.exec(chunk);
        if (opened) this.segmentReady(opened[1]);
      });
      proc.once('error', reject);
      proc.once('close', (code) => {
        if (code === 0) resolve();
        else reject(new Error(`ffmpeg exited with ${code} for ${rendition.name}`));
      });
    });
  }

  private segmentReady(path: string): void {
    this.pendingSegments.push(path);
    if (this.pendingSegments.length >= 4) {
      const upload = this.flushSegments().finally(() => this.uploads.delete(upload));
      this.uploads.add(upload);
    }
  }

  private async flushSegments(): Promise<void> {
    const inFlight = [...this.uploads];
    const batch = this.pendingSegments.splice(0);
    await Promise.all([
      ...inFlight,
      ...batch.map(async (segment) => {
        const body = await readFile(segment);
        const key = `${this.outputPrefix}/${segment.slice(this.workDir.length + 1)}`;
        await storage.putObject(key, body, 'video/mp2t');
        this.emit('segment', key);
      }),
    ]);
  }

  private async writeManifest(): Promise<void> {
    const lines = ['#EXTM3U', '#EXT-X-VERSION:3'];
    for (const r of this.renditions) {
      const width = Math.round((r.height * 16) / 9 / 2) * 2;
      lines.push(`#EXT-X-STREAM-INF:BANDWIDTH=${parseInt(r.videoBitrate, 10) * 1000},RESOLUTION=${width}x${r.height}`, `${r.name}.m3u8`);
    }
    await storage.putObject(`${this.outputPrefix}/master.m3u8`, Buffer.from(lines.join('\n')), 'application/vnd.apple.mpegurl');
  }
}
