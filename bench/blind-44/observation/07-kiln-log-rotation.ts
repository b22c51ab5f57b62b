// expect: none
// Each fire-and-forget call (interval rotation, signal-driven shutdown) has its rejection handled in the same expression, and stream errors have a listener.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, stat, readdir, unlink } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import path from 'node:path';

export interface KilnLogOptions {
  dir: string;
  kilnId: string;
  maxBytes: number;
  keep: number;
  checkEveryMs: number;
}

declare const alerts: { report(msg: string, err?: unknown): void };

export class KilnLogWriter {
  private stream: WriteStream;
  private rotating = false;
  private timer: ReturnType<typeof setInterval>;

  constructor(private readonly opts: KilnLogOptions) {
    this.stream = this.open();
    this.timer = setInterval(() => {
      this.rotateIfLarge().catch((err) => alerts.report(`log rotation failed for ${opts.kilnId}`, err));
    }, opts.checkEveryMs);
    this.timer.unref();
  }

  private get currentPath(): string {
    return path.join(this.opts.dir, `${this.opts.kilnId}.log`);
  }

  private open(): WriteStream {
    const stream = createWriteStream(this.currentPath, { flags: 'a' });
    stream.on('error', (err) => alerts.report(`kiln log stream error for ${this.opts.kilnId}`, err));
    return stream;
  }

  write(celsius: number, setpoint: number, elementDuty: number): void {
    const line = `${new Date().toISOString()}\t${celsius.toFixed(1)}\t${setpoint}\t${(elementDuty * 100).toFixed(0)}%\n`;
    this.stream.write(line);
  }

  async rotateIfLarge(): Promise<boolean> {
    if (this.rotating) return false;
    const { size } = await stat(this.currentPath);
    if (size < this.opts.maxBytes) return false;

    this.rotating = true;
    try {
      const old = this.stream;
      old.end();
      await finished(old);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await rename(this.currentPath, path.join(this.opts.dir, `${this.opts.kilnId}.${stamp}.log`));
      this.stream = this.open();
      await this.prune();
      return true;
    } finally {
      this.rotating = false;
    }
  }

  private async prune(): Promise<void> {
    const prefix = `${this.opts.kilnId}.`;
    const archived = (await readdir(this.opts.dir))
      .filter((f) => f.startsWith(prefix) && f !== `${this.opts.kilnId}.log`)
      .sort()
      .reverse();
    for (const stale of archived.slice(this.opts.keep)) {
      await unlink(path.join(this.opts.dir, stale));
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.stream.end();
    await finished(this.stream);
  }
}

export function installShutdown(writers: KilnLogWriter[]): void {
  process.once('SIGTERM', () => {
    Promise.all(writers.map((w) => w.close())).then(
      () => process.exit(0),
      (err) => {
        alerts.report('kiln logs did not close cleanly', err);
        process.exit(1);
      },
    );
  });
}
