// expect: none
// The in-flight map deliberately stores promises and `??` picks between two promises; cue values are only used after awaiting.
export interface SurtitleCue {
  index: number;
  startBar: number;
  text: string;
  speaker?: string;
}

interface CueFile {
  production: string;
  act: number;
  language: string;
  cues: SurtitleCue[];
}

const CUE_SERVER = 'https://surtitles.operahouse.example/api/cues';

export class SurtitleFeed {
  private readonly loaded = new Map<string, SurtitleCue[]>();
  private readonly inflight = new Map<string, Promise<SurtitleCue[]>>();

  constructor(
    private readonly production: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  private key(act: number, language: string): string {
    return `${this.production}/${act}/${language}`;
  }

  private async download(act: number, language: string): Promise<SurtitleCue[]> {
    const url = `${CUE_SERVER}/${encodeURIComponent(this.production)}/acts/${act}?lang=${language}`;
    const res = await this.fetchImpl(url, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`cue download failed for act ${act} (${language}): ${res.status}`);
    const file = (await res.json()) as CueFile;
    return file.cues.sort((a, b) => a.index - b.index);
  }

  // Several seat-back displays ask for the same act at curtain-up; share one request.
  cuesFor(act: number, language: string): Promise<SurtitleCue[]> {
    const key = this.key(act, language);
    const ready = this.loaded.get(key);
    if (ready) return Promise.resolve(ready);

    const pending = this.inflight.get(key) ?? this.download(act, language);
    if (!this.inflight.has(key)) {
      this.inflight.set(key, pending);
      pending
        .then((cues) => this.loaded.set(key, cues))
        .catch(() => undefined)
        .finally(() => this.inflight.delete(key));
    }
    return pending;
  }

  // Warm the cache for the next act during the interval without blocking the current one.
  prefetch(act: number, languages: string[]): Promise<void> {
    const jobs = languages.map((lang) => this.cuesFor(act, lang));
    return Promise.allSettled(jobs).then(() => undefined);
  }

  async lineAt(act: number, language: string, bar: number): Promise<string> {
    const cues = await this.cuesFor(act, language);
    let current: SurtitleCue | undefined;
    for (const cue of cues) {
      if (cue.startBar > bar) break;
      current = cue;
    }
    if (!current) return '';
    return current.speaker ? `${current.speaker}: ${current.text}` : current.text;
  }
}
