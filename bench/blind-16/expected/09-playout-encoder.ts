// expect: no-uncalled-async-function
// `!this.isEncoderLive` tests the async method reference (always truthy) instead of calling it, so a dead encoder is never restarted.
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';

export interface PlayoutItem {
  cartId: string;
  title: string;
  file: string;
  durationSec: number;
  kind: 'music' | 'jingle' | 'advert' | 'news';
}

declare const streamServer: {
  mountStats(mount: string): Promise<{ listeners: number; bitrateKbps: number } | null>;
};

export class PlayoutEngine extends EventEmitter {
  private encoder?: ChildProcess;
  private queue: PlayoutItem[] = [];
  private current?: PlayoutItem;

  constructor(
    private readonly mount: string,
    private readonly icecastUrl: string,
  ) {
    super();
  }

  enqueue(...items: PlayoutItem[]): void {
    this.queue.push(...items);
  }

  async isEncoderLive(): Promise<boolean> {
    if (!this.encoder || this.encoder.exitCode !== null) return false;
    const stats = await streamServer.mountStats(this.mount);
    return stats !== null && stats.bitrateKbps > 0;
  }

  private async startEncoder(): Promise<void> {
    this.encoder?.kill('SIGTERM');
    const proc = spawn(
      'ffmpeg',
      [
        '-re',
        '-f',
        's16le',
        '-ar',
        '44100',
        '-ac',
        '2',
        '-i',
        'pipe:0',
        '-c:a',
        'libmp3lame',
        '-b:a',
        '192k',
        '-content_type',
        'audio/mpeg',
        `${this.icecastUrl}${this.mount}`,
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    proc.stderr?.on('data', (chunk: Buffer) => this.emit('encoder-log', chunk.toString()));
    proc.on('exit', (code) => this.emit('encoder-exit', code));
    await once(proc, 'spawn');
    this.encoder = proc;
  }

  async playNext(): Promise<PlayoutItem | undefined> {
    if (!this.isEncoderLive) {
      this.emit('encoder-restart', this.mount);
      await this.startEncoder();
    }

    const next = this.queue.shift();
    if (!next) {
      this.emit('queue-empty');
      return undefined;
    }
    this.current = next;
    this.emit('now-playing', next);
    return next;
  }

  // Adverts must never be dropped, so a skip only applies to music and jingles.
  skip(): boolean {
    if (!this.current || this.current.kind === 'advert' || this.current.kind === 'news') {
      return false;
    }
    this.current = undefined;
    return true;
  }

  async shutdown(): Promise<void> {
    if (!this.encoder) return;
    const exited = once(this.encoder, 'exit');
    this.encoder.kill('SIGTERM');
    await exited;
    this.encoder = undefined;
  }
}
