// expect: none
// endStream's executor settles on 'finish' or 'error', each handler removing the other, so every path settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export interface ChannelStrip {
  index: number;
  label: string;
  gainDb: number;
  muted: boolean;
  eq: { lowDb: number; midDb: number; highDb: number };
  auxSends: number[];
}

export interface DeskScene {
  name: string;
  set: string;
  strips: ChannelStrip[];
  masterDb: number;
}

declare const clubConfig: { snapshotDir: string; venue: string };
declare const desk: {
  currentScene(): DeskScene;
  onSceneRecalled(listener: (scene: DeskScene) => void): () => void;
};

function endStream(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (err: Error) => {
      stream.off('finish', onFinish);
      reject(err);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end();
  });
}

function formatStrip(strip: ChannelStrip): string {
  const eq = `${strip.eq.lowDb}/${strip.eq.midDb}/${strip.eq.highDb}`;
  const sends = strip.auxSends.map((s) => s.toFixed(1)).join(',');
  return [strip.index, JSON.stringify(strip.label), strip.gainDb.toFixed(1), strip.muted ? 'M' : '-', eq, sends].join('\t');
}

export async function writeSnapshot(scene: DeskScene, takenAt = new Date()): Promise<string> {
  const stamp = takenAt.toISOString().replace(/[:.]/g, '-');
  const path = join(clubConfig.snapshotDir, `${scene.set}-${stamp}.tsv`);
  const stream = createWriteStream(path, { encoding: 'utf8' });
  stream.write(`# ${clubConfig.venue} :: ${scene.name} :: master ${scene.masterDb.toFixed(1)} dB\n`);
  for (const strip of [...scene.strips].sort((a, b) => a.index - b.index)) {
    stream.write(formatStrip(strip) + '\n');
  }
  await endStream(stream);
  return path;
}

export function hotStrips(scene: DeskScene, ceilingDb = 6): ChannelStrip[] {
  return scene.strips.filter(
    (s) => !s.muted && s.gainDb + Math.max(s.eq.lowDb, s.eq.midDb, s.eq.highDb) > ceilingDb,
  );
}

export class SnapshotRecorder {
  private writing: Promise<void> = Promise.resolve();
  private unsubscribe?: () => void;
  readonly written: string[] = [];
  readonly failures: Error[] = [];

  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = desk.onSceneRecalled((scene) => {
      this.writing = this.writing
        .then(() => writeSnapshot(scene))
        .then(
          (path) => {
            this.written.push(path);
          },
          (err: Error) => {
            this.failures.push(err);
          },
        );
    });
  }

  async snapshotNow(): Promise<string> {
    await this.writing;
    const path = await writeSnapshot(desk.currentScene());
    this.written.push(path);
    return path;
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await this.writing;
  }
}
