// expect: none
// Promises are stored in the Map on purpose to share in-flight part downloads; the === checks compare promise identity, never a promise with a value.
export interface PartFile {
  workId: string;
  instrument: string;
  edition: string;
  pages: number;
  pdf: Uint8Array;
}

interface LibraryEntry {
  key: string;
  load: Promise<PartFile>;
  startedAt: number;
}

declare const scoreLibrary: {
  downloadPart(workId: string, instrument: string, edition: string): Promise<PartFile>;
};
declare const librarianLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_ENTRIES = 200;

export class PartLibrary {
  private readonly entries = new Map<string, LibraryEntry>();

  private keyFor(workId: string, instrument: string, edition: string): string {
    return `${workId}|${instrument.toLowerCase()}|${edition}`;
  }

  part(workId: string, instrument: string, edition = 'urtext'): Promise<PartFile> {
    const key = this.keyFor(workId, instrument, edition);
    const existing = this.entries.get(key);
    if (existing) return existing.load;

    const load = scoreLibrary.downloadPart(workId, instrument, edition);
    const entry: LibraryEntry = { key, load, startedAt: Date.now() };
    this.entries.set(key, entry);
    load.then(
      (file) => librarianLog.info('part cached', { key, pages: file.pages }),
      () => {
        if (this.entries.get(key)?.load === load) this.entries.delete(key);
      },
    );
    this.evictOldest();
    return load;
  }

  private evictOldest(): void {
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) return;
      this.entries.delete(oldest);
    }
  }

  isCached(workId: string, instrument: string, edition = 'urtext'): boolean {
    return this.entries.has(this.keyFor(workId, instrument, edition));
  }

  async folderFor(workId: string, instruments: string[], edition = 'urtext'): Promise<{ parts: PartFile[]; pages: number }> {
    const parts = await Promise.all(instruments.map((inst) => this.part(workId, inst, edition)));
    return { parts, pages: parts.reduce((sum, p) => sum + p.pages, 0) };
  }

  forget(workId: string): number {
    let removed = 0;
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(`${workId}|`)) {
        this.entries.delete(key);
        removed += 1;
      }
    }
    return removed;
  }
}
