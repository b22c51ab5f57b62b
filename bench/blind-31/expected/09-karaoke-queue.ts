// expect: none
// Function references go only to parameters that expect functions (map, the player's loader hook); every awaited value is a call result.
declare function fetchTrack(trackId: string): Promise<Track>;
declare function fetchLyrics(trackId: string): Promise<LyricLine[]>;

declare const stagePlayer: {
  setPreloader(loader: (trackId: string) => Promise<PreparedTrack>): void;
  play(track: PreparedTrack, keyShift: number): Promise<void>;
};

export interface Track {
  id: string;
  title: string;
  artist: string;
  durationSec: number;
  explicit: boolean;
}

export interface LyricLine {
  atMs: number;
  text: string;
}

export interface PreparedTrack {
  track: Track;
  lyrics: LyricLine[];
}

export interface QueueEntry {
  singer: string;
  trackId: string;
  keyShift: number;
}

export class KaraokeNight {
  private queue: QueueEntry[] = [];
  private readonly singerCounts = new Map<string, number>();

  constructor(private readonly familyHour: boolean) {
    stagePlayer.setPreloader(this.prepare);
  }

  prepare = async (trackId: string): Promise<PreparedTrack> => {
    const [track, lyrics] = await Promise.all([fetchTrack(trackId), fetchLyrics(trackId)]);
    return { track, lyrics };
  };

  enqueue(entry: QueueEntry): number {
    this.queue.push(entry);
    this.queue.sort(
      (a, b) => (this.singerCounts.get(a.singer) ?? 0) - (this.singerCounts.get(b.singer) ?? 0),
    );
    return this.queue.indexOf(entry) + 1;
  }

  async upcoming(count = 5): Promise<Track[]> {
    const ids = this.queue.slice(0, count).map((e) => e.trackId);
    const tracks = await Promise.all(ids.map(fetchTrack));
    return this.familyHour ? tracks.filter((t) => !t.explicit) : tracks;
  }

  async playNext(): Promise<QueueEntry | undefined> {
    const entry = this.queue.shift();
    if (!entry) return undefined;
    const prepared = await this.prepare(entry.trackId);
    if (this.familyHour && prepared.track.explicit) {
      return this.playNext();
    }
    await stagePlayer.play(prepared, entry.keyShift);
    this.singerCounts.set(entry.singer, (this.singerCounts.get(entry.singer) ?? 0) + 1);
    return entry;
  }

  async totalRemainingSeconds(): Promise<number> {
    const tracks = await Promise.all(this.queue.map((e) => fetchTrack(e.trackId)));
    return tracks.reduce((sum, t) => sum + t.durationSec, 0);
  }
}
