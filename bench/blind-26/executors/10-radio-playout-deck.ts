// expect: no-multiple-settle
// The single withResolvers() deferred is resolved by every 'loaded' event but never renewed, so every cue after the first resolves immediately with the first track's info.
import type { EventEmitter } from 'node:events';

export interface CueInfo {
  file: string;
  durationMs: number;
  introMs: number;
  loudnessLufs: number;
}

export interface PlaylistItem {
  id: string;
  file: string;
  title: string;
  artist: string;
}

export interface AudioEngine extends EventEmitter {
  load(file: string): void;
  play(fadeInMs: number): void;
  setGainDb(db: number): void;
}

type LogFn = (level: 'info' | 'warn', msg: string) => void;

const TARGET_LUFS = -23;

export class PlayoutDeck {
  private loaded = Promise.withResolvers<CueInfo>();
  private current: PlaylistItem | null = null;

  constructor(
    private readonly name: string,
    private readonly engine: AudioEngine,
    private readonly log: LogFn,
  ) {
    engine.on('loaded', (info: CueInfo) => this.loaded.resolve(info));
    engine.on('loadError', (err: Error) => this.loaded.reject(err));
  }

  // Loads the next item and returns its cue info once the engine has decoded it.
  async cue(item: PlaylistItem): Promise<CueInfo> {
    this.current = item;
    this.engine.load(item.file);
    const info = await this.loaded.promise;
    this.engine.setGainDb(TARGET_LUFS - info.loudnessLufs);
    this.log('info', `${this.name}: cued "${item.title}" (${Math.round(info.durationMs / 1000)}s)`);
    return info;
  }

  play(fadeInMs = 0): void {
    if (!this.current) throw new Error(`${this.name}: nothing cued`);
    this.engine.play(fadeInMs);
  }
}

// Fills the time until a hard post (news at the top of the hour).
export async function fillToHardPost(
  deck: PlayoutDeck,
  queue: PlaylistItem[],
  msUntilPost: number,
  waitForEnd: (ms: number) => Promise<void>,
  log: LogFn,
): Promise<number> {
  let remaining = msUntilPost;
  for (const item of queue) {
    const info = await deck.cue(item);
    if (info.durationMs > remaining) {
      log('warn', `skipping "${item.title}": ${info.durationMs}ms does not fit ${remaining}ms`);
      continue;
    }
    deck.play(info.introMs > 0 ? 0 : 250);
    await waitForEnd(info.durationMs);
    remaining -= info.durationMs;
  }
  return remaining;
}
