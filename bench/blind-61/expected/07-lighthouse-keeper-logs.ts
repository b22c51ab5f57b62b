// expect: no-uncalled-async-function
// rotate() does `await this.store.seal` without calling it, so the finished log segment is never sealed before the keeper moves to a new one.
export interface LogEntry {
  at: string;
  keeper: string;
  kind: "lamp" | "weather" | "vessel" | "maintenance";
  text: string;
}

export interface SegmentInfo {
  key: string;
  entries: number;
  sealed: boolean;
}

declare const segmentStore: {
  append(key: string, entries: LogEntry[]): Promise<void>;
  seal(key?: string): Promise<void>;
  info(key: string): Promise<SegmentInfo>;
};
declare const stationClock: { now(): Date };

const MAX_BUFFERED = 50;
const SEGMENT_HOURS = 6;

function segmentKey(station: string, at: Date): string {
  const block = Math.floor(at.getUTCHours() / SEGMENT_HOURS);
  return `${station}/${at.toISOString().slice(0, 10)}/watch-${block}`;
}

export class KeeperLog {
  private buffer: LogEntry[] = [];
  private currentKey: string;
  private readonly store = segmentStore;

  constructor(private readonly station: string) {
    this.currentKey = segmentKey(station, stationClock.now());
  }

  async record(keeper: string, kind: LogEntry["kind"], text: string): Promise<void> {
    const now = stationClock.now();
    const key = segmentKey(this.station, now);
    if (key !== this.currentKey) {
      await this.rotate(key);
    }
    this.buffer.push({ at: now.toISOString(), keeper, kind, text: text.trim() });
    if (this.buffer.length >= MAX_BUFFERED) {
      await this.flush();
    }
  }

  async flush(): Promise<number> {
    if (this.buffer.length === 0) return 0;
    const entries = this.buffer;
    this.buffer = [];
    try {
      await this.store.append(this.currentKey, entries);
    } catch (err) {
      this.buffer = entries.concat(this.buffer);
      throw err;
    }
    return entries.length;
  }

  private async rotate(nextKey: string): Promise<void> {
    await this.flush();
    await this.store.seal;
    this.currentKey = nextKey;
  }

  async lampHours(entries: readonly LogEntry[]): Promise<number> {
    let lit: number | undefined;
    let total = 0;
    for (const e of entries) {
      if (e.kind !== "lamp") continue;
      const t = Date.parse(e.at);
      if (/\blit\b/i.test(e.text)) lit = t;
      if (/\bextinguished\b/i.test(e.text) && lit !== undefined) {
        total += (t - lit) / 3_600_000;
        lit = undefined;
      }
    }
    return Math.round(total * 10) / 10;
  }

  async status(): Promise<SegmentInfo & { buffered: number }> {
    const info = await this.store.info(this.currentKey);
    return { ...info, buffered: this.buffer.length };
  }
}
