// expect: none
// Correct: the subscriber notification is a deliberate fire-and-forget with .catch attached; the transcode itself is awaited.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface Episode {
  id: string;
  showSlug: string;
  sourcePath: string;
  title: string;
}

declare const feedPublisher: {
  notifySubscribers(showSlug: string, episodeId: string): Promise<number>;
};

declare const cdn: {
  upload(localPath: string, key: string): Promise<string>;
};

function runFfmpeg(input: string, output: string, bitrateK: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-y', '-i', input, '-ac', '1', '-b:a', `${bitrateK}k`, output], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.length > 8_000) stderr = stderr.slice(-8_000);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited ${code}: ${stderr.split('\n').slice(-3).join(' ')}`));
    });
  });
}

export class TranscodeWorker extends EventEmitter {
  constructor(
    private readonly workDir: string,
    private readonly bitrateK = 96,
  ) {
    super();
  }

  async process(ep: Episode): Promise<string> {
    const out = path.join(this.workDir, `${ep.id}.mp3`);
    await runFfmpeg(ep.sourcePath, out, this.bitrateK);

    const { size } = await stat(out);
    const url = await cdn.upload(out, `${ep.showSlug}/${ep.id}.mp3`);
    this.emit('published', { episodeId: ep.id, url, bytes: size });

    // subscribers can be notified in the background; a slow push gateway shouldn't hold up the queue
    feedPublisher
      .notifySubscribers(ep.showSlug, ep.id)
      .then((n) => this.emit('notified', { episodeId: ep.id, count: n }))
      .catch((err: unknown) => this.emit('notify-failed', { episodeId: ep.id, err }));

    return url;
  }
}
