// expect: no-read-before-settle
// reload() returns this.wordCount right after registering the 'close' handler that sets it, so callers get the previous dictionary's count (0 on first load).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export interface HintCandidate {
  word: string;
  frequency: number;
}

declare const dictionaryStore: {
  latestPath(language: string): Promise<{ path: string; version: string }>;
};

declare const telemetry: {
  gauge(name: string, value: number, tags?: Record<string, string>): void;
};

function patternKey(length: number, letters: ReadonlyArray<[number, string]>): string {
  return `${length}:${letters.map(([i, c]) => `${i}${c}`).join("")}`;
}

export class HintIndex {
  private byLength = new Map<number, HintCandidate[]>();
  private patternCache = new Map<string, HintCandidate[]>();
  private wordCount = 0;
  private version = "none";

  constructor(private readonly language: string) {}

  async reload(): Promise<number> {
    const { path, version } = await dictionaryStore.latestPath(this.language);
    if (version === this.version) return this.wordCount;

    const next = new Map<number, HintCandidate[]>();
    let count = 0;
    const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });

    lines.on("line", (line) => {
      const [raw, freq] = line.split("\t");
      const word = raw?.trim().toUpperCase();
      if (!word || !/^[A-Z]+$/.test(word)) return;
      const bucket = next.get(word.length) ?? [];
      bucket.push({ word, frequency: Number(freq) || 0 });
      next.set(word.length, bucket);
      count++;
    });

    lines.once("close", () => {
      for (const bucket of next.values()) bucket.sort((a, b) => b.frequency - a.frequency);
      this.byLength = next;
      this.patternCache.clear();
      this.wordCount = count;
      this.version = version;
    });

    telemetry.gauge("crossword.dictionary.words", this.wordCount, { language: this.language });
    return this.wordCount;
  }

  candidates(length: number, known: ReadonlyArray<[number, string]>, limit = 20): HintCandidate[] {
    const key = patternKey(length, known);
    const cached = this.patternCache.get(key);
    if (cached) return cached.slice(0, limit);

    const matches = (this.byLength.get(length) ?? []).filter(({ word }) =>
      known.every(([index, letter]) => word[index] === letter),
    );
    this.patternCache.set(key, matches);
    return matches.slice(0, limit);
  }

  revealLetter(answer: string, filled: string): { index: number; letter: string } | undefined {
    for (let i = 0; i < answer.length; i++) {
      if (filled[i] !== answer[i]) return { index: i, letter: answer[i] };
    }
    return undefined;
  }

  get loadedVersion(): string {
    return this.version;
  }
}
