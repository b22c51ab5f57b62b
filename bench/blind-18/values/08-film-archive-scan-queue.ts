// expect: none
// scanReel() assigns this.currentReel in a .then callback but only reads it after awaiting that same promise.
import { EventEmitter } from 'node:events';
import { stat } from 'node:fs/promises';
import path from 'node:path';

interface ReelMetadata {
  reelId: string;
  gauge: '8mm' | '16mm' | '35mm';
  frames: number;
  shrinkagePct: number;
}

declare const catalogue: {
  reel(reelId: string): Promise<ReelMetadata>;
};

declare const scanner: {
  capture(opts: { gauge: string; frames: number; outDir: string; gentle: boolean }): Promise<string[]>;
};

export class ScanStation extends EventEmitter {
  private currentReel: ReelMetadata | null = null;
  private readonly queue: string[] = [];
  private running = false;

  constructor(private readonly outputRoot: string) {
    super();
  }

  enqueue(reelId: string): void {
    this.queue.push(reelId);
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const reelId = this.queue.shift()!;
        try {
          const files = await this.scanReel(reelId);
          this.emit('scanned', { reelId, files: files.length });
        } catch (err) {
          this.emit('failed', { reelId, err });
        }
      }
    } finally {
      this.running = false;
      this.currentReel = null;
    }
  }

  async scanReel(reelId: string): Promise<string[]> {
    const loading = catalogue.reel(reelId).then((meta) => {
      this.currentReel = meta;
      this.emit('loaded', meta);
    });

    const outDir = path.join(this.outputRoot, reelId);
    await loading;

    const reel = this.currentReel;
    if (!reel) throw new Error(`catalogue returned nothing for ${reelId}`);

    const gentle = reel.shrinkagePct > 1.2 || reel.gauge === '8mm';
    const files = await scanner.capture({ gauge: reel.gauge, frames: reel.frames, outDir, gentle });
    const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size)));
    const totalBytes = sizes.reduce((a, b) => a + b, 0);
    this.emit('progress', { reelId, frames: files.length, totalBytes });
    return files;
  }

  status(): { reelId: string | null; waiting: number } {
    return { reelId: this.currentReel?.reelId ?? null, waiting: this.queue.length };
  }
}
