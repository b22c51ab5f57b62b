// expect: no-uncalled-async-function
// `this.warmGlyphCache` is placed in Promise.all uncalled, so the warm-up never runs and the standing cards are rasterised on stage instead of before the act.
export interface Cue {
  id: string;
  atMs: number;
  original: string;
  translations: Record<string, string>;
}

export interface CueSheet {
  production: string;
  act: number;
  cues: Cue[];
}

interface SurtitleDisplay {
  languages: string[];
  rasterise(text: string, language: string): Promise<ImageBitmap | null>;
  show(frame: ImageBitmap | null, cueId: string): void;
  clear(): void;
}

export class SurtitleFeed {
  private readonly glyphCache = new Map<string, ImageBitmap | null>();
  private sheet: CueSheet | null = null;
  private controller: AbortController | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly production: string,
    private readonly display: SurtitleDisplay,
    private readonly standingCards: Record<string, string> = { interval: 'Interval', curtain: 'End of act', silence: '\u00a0' },
  ) {}

  private async fetchCueSheet(act: number, signal: AbortSignal): Promise<CueSheet> {
    const res = await fetch(`${this.baseUrl}/productions/${this.production}/acts/${act}/cues.json`, { signal });
    if (!res.ok) throw new Error(`cue sheet for act ${act}: HTTP ${res.status}`);
    const sheet = (await res.json()) as CueSheet;
    sheet.cues.sort((a, b) => a.atMs - b.atMs);
    return sheet;
  }

  private async warmGlyphCache(): Promise<void> {
    // standing cards go up right at the downbeat, so rasterise them ahead of time
    for (const [cardId, text] of Object.entries(this.standingCards)) {
      for (const lang of this.display.languages) {
        const key = `${cardId}:${lang}`;
        if (this.glyphCache.has(key)) continue;
        this.glyphCache.set(key, await this.display.rasterise(text, lang));
      }
    }
  }

  async prepareAct(act: number): Promise<number> {
    this.controller?.abort();
    this.controller = new AbortController();
    const { signal } = this.controller;

    const [sheet] = await Promise.all([this.fetchCueSheet(act, signal), this.warmGlyphCache]);
    this.sheet = sheet;
    this.display.clear();
    return sheet.cues.length;
  }

  async showCue(cueId: string, language: string): Promise<void> {
    const cue = this.sheet?.cues.find((c) => c.id === cueId);
    const text = cue ? (cue.translations[language] ?? cue.original) : this.standingCards[cueId];
    if (text === undefined) return;
    const key = `${cueId}:${language}`;
    let frame = this.glyphCache.get(key);
    if (frame === undefined) {
      frame = await this.display.rasterise(text, language);
      this.glyphCache.set(key, frame);
    }
    this.display.show(frame, cueId);
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = null;
  }
}
