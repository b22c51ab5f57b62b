// expect: no-unobserved-promise
// Bug: the cue-sheet load is started before the "no displays" early return; on that path the promise is dropped and a rejection goes unhandled.
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Cue {
  index: number;
  bar: number;
  text: Record<string, string>; // language -> line
}

export interface Display {
  id: string;
  language: string;
  sink: Writable;
}

declare function loadCueSheet(productionId: string, languages: string[]): Promise<Cue[]>;

declare const houseConfig: {
  displaysFor(venue: string): Display[];
};

export interface FeedStartResult {
  productionId: string;
  cues: number;
  displays: string[];
}

function formatCue(cue: Cue, language: string): string {
  const line = cue.text[language] ?? cue.text.en ?? '';
  return JSON.stringify({ i: cue.index, bar: cue.bar, line }) + '\n';
}

export class SurtitleFeed {
  private cues: Cue[] = [];

  constructor(private readonly venue: string) {}

  async prepare(productionId: string, languages: string[]): Promise<FeedStartResult> {
    const sheet = loadCueSheet(productionId, languages);

    const displays = houseConfig.displaysFor(this.venue).filter((d) => languages.includes(d.language));

    if (displays.length === 0) {
      console.info(`${this.venue}: no surtitle displays for ${languages.join('/')}; feed idle`);
      return { productionId, cues: 0, displays: [] };
    }

    this.cues = (await sheet).sort((a, b) => a.index - b.index);

    // Preload the first few cues so operators can check them before curtain up.
    const preview = this.cues.slice(0, 3);
    await Promise.all(displays.map((d) => pipeline(Readable.from(preview.map((c) => formatCue(c, d.language))), d.sink, { end: false })));

    return {
      productionId,
      cues: this.cues.length,
      displays: displays.map((d) => d.id),
    };
  }

  cueAt(index: number): Cue | undefined {
    return this.cues.find((c) => c.index === index);
  }
}
