// expect: no-uncalled-async-function
// search() awaits this.ensureIndexed itself rather than calling it, so the index is never loaded and searches return nothing.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface KeeperLogEntry {
  station: string;
  watch: 'first' | 'middle' | 'morning' | 'forenoon' | 'afternoon' | 'dog';
  loggedAt: string;
  visibilityNm: number;
  windBeaufort: number;
  lampHours: number;
  remarks: string;
}

export interface SearchHit {
  file: string;
  entry: KeeperLogEntry;
  score: number;
}

export class LogArchive {
  private readonly byFile = new Map<string, KeeperLogEntry[]>();
  private indexing: Promise<void> | undefined;

  constructor(private readonly root: string) {}

  private async loadAll(): Promise<void> {
    const files = (await readdir(this.root)).filter((f) => f.endsWith('.jsonl')).sort();
    for (const file of files) {
      const text = await readFile(path.join(this.root, file), 'utf8');
      const entries = text
        .split('\n')
        .filter((line) => line.trim().length > 0)
        .map((line) => JSON.parse(line) as KeeperLogEntry);
      this.byFile.set(file, entries);
    }
  }

  private ensureIndexed(): Promise<void> {
    this.indexing ??= this.loadAll().catch((err) => {
      this.indexing = undefined;
      throw err;
    });
    return this.indexing;
  }

  private static score(entry: KeeperLogEntry, terms: string[]): number {
    const text = entry.remarks.toLowerCase();
    return terms.reduce((acc, t) => acc + (text.includes(t) ? 1 : 0), 0);
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    await this.ensureIndexed;
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    for (const [file, entries] of this.byFile) {
      for (const entry of entries) {
        const score = LogArchive.score(entry, terms);
        if (score > 0) hits.push({ file, entry, score });
      }
    }
    return hits.sort((a, b) => b.score - a.score || a.entry.loggedAt.localeCompare(b.entry.loggedAt)).slice(0, limit);
  }

  async lampHoursByStation(): Promise<Map<string, number>> {
    await this.ensureIndexed();
    const totals = new Map<string, number>();
    for (const entries of this.byFile.values()) {
      for (const e of entries) totals.set(e.station, (totals.get(e.station) ?? 0) + e.lampHours);
    }
    return totals;
  }

  async galeWatches(minBeaufort = 8): Promise<KeeperLogEntry[]> {
    await this.ensureIndexed();
    return [...this.byFile.values()].flat().filter((e) => e.windBeaufort >= minBeaufort);
  }
}
