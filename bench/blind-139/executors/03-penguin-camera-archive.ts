// expect: no-multiple-settle
// The executor is async and awaits mkdir before wiring resolve/reject, so if the directory cannot be created the rejection is lost and the returned promise never settles.
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

export interface CameraFeed {
  cameraId: string;
  colony: string;
  openSnapshot(): Promise<Readable>;
}

export interface ArchivedFrame {
  cameraId: string;
  path: string;
  bytes: number;
}

function frameName(cameraId: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${cameraId}-${stamp}.jpg`;
}

export function archiveSnapshot(
  feed: CameraFeed,
  rootDir: string,
  snapshot: Readable,
): Promise<string> {
  return new Promise<string>(async (resolve, reject) => {
    const dir = join(rootDir, feed.colony, feed.cameraId);
    await mkdir(dir, { recursive: true });

    const target = join(dir, frameName(feed.cameraId, new Date()));
    const out = createWriteStream(target, { flags: 'wx' });

    out.once('finish', () => resolve(target));
    out.once('error', reject);
    snapshot.once('error', (err) => {
      out.destroy(err);
    });
    snapshot.pipe(out);
  });
}

export class ColonyArchiver {
  private archived = 0;

  constructor(
    private readonly feeds: readonly CameraFeed[],
    private readonly rootDir: string,
  ) {}

  async sweep(): Promise<ArchivedFrame[]> {
    const frames: ArchivedFrame[] = [];
    for (const feed of this.feeds) {
      const snapshot = await feed.openSnapshot();
      const path = await archiveSnapshot(feed, this.rootDir, snapshot);
      const info = await stat(path);
      frames.push({ cameraId: feed.cameraId, path, bytes: info.size });
      this.archived++;
    }
    return frames;
  }

  get totalArchived(): number {
    return this.archived;
  }
}
