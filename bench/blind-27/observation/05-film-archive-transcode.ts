// expect: no-unchecked-settled-results
// The allSettled results for the reel transcodes are only counted; rejected reels are never looked at, yet the collection is marked digitized.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

const execFileAsync = promisify(execFile);

export interface Reel {
  reelId: string;
  scanPath: string;
  frameRate: 18 | 24 | 25;
  gauge: '8mm' | '16mm' | '35mm';
}

export interface Collection {
  accession: string;
  title: string;
  reels: Reel[];
}

declare const catalogue: {
  setStatus(accession: string, status: 'queued' | 'digitizing' | 'digitized'): Promise<void>;
  attachAccessCopies(accession: string, files: string[]): Promise<void>;
};

export class AccessCopyBuilder {
  constructor(
    private readonly outputRoot: string,
    private readonly ffmpegPath = 'ffmpeg',
  ) {}

  async digitize(collection: Collection): Promise<number> {
    const outDir = path.join(this.outputRoot, collection.accession);
    await mkdir(outDir, { recursive: true });
    await catalogue.setStatus(collection.accession, 'digitizing');

    const targets = collection.reels.map((reel) => path.join(outDir, `${reel.reelId}.mp4`));
    const results = await Promise.allSettled(
      collection.reels.map((reel, i) => this.transcode(reel, targets[i])),
    );

    console.info(`[archive] ${collection.accession}: ${results.length} reels processed`);

    await catalogue.attachAccessCopies(collection.accession, targets);
    await catalogue.setStatus(collection.accession, 'digitized');
    return results.length;
  }

  private async transcode(reel: Reel, target: string): Promise<string> {
    const scale = reel.gauge === '35mm' ? '1920:-2' : '1440:-2';
    await execFileAsync(
      this.ffmpegPath,
      [
        '-y',
        '-framerate', String(reel.frameRate),
        '-i', path.join(reel.scanPath, 'frame_%06d.dpx'),
        '-vf', `scale=${scale}`,
        '-c:v', 'libx264',
        '-pix_fmt', 'yuv420p',
        '-crf', '18',
        target,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );

    const info = await stat(target);
    if (info.size === 0) {
      throw new Error(`Empty access copy for reel ${reel.reelId}`);
    }
    return target;
  }
}
