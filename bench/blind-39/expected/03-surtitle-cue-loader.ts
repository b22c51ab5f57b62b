// expect: none
// Function references are passed only where callbacks are expected (map, then, retry factory); the shared in-flight promise is a deliberate single-flight cache.
export interface SurtitleCue {
  cueId: string;
  act: number;
  bar: number;
  original: string;
  translation: string;
  durationMs: number;
}

interface CueSheetFile {
  production: string;
  language: string;
  cues: Array<Omit<SurtitleCue, 'durationMs'> & { durationMs?: number }>;
}

declare const scoreLibrary: {
  fetchSheet(production: string, language: string): Promise<CueSheetFile>;
  listActs(production: string): Promise<number[]>;
};

declare const projector: {
  preload(cues: SurtitleCue[]): Promise<void>;
};

const DEFAULT_DURATION_MS = 4_000;

async function retry<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

function normalise(sheet: CueSheetFile): SurtitleCue[] {
  return sheet.cues
    .map((cue) => ({ ...cue, durationMs: cue.durationMs ?? DEFAULT_DURATION_MS }))
    .sort((a, b) => a.act - b.act || a.bar - b.bar);
}

export class SurtitleLoader {
  private readonly sheets = new Map<string, Promise<SurtitleCue[]>>();

  constructor(private readonly production: string) {}

  cuesFor(language: string): Promise<SurtitleCue[]> {
    let sheet = this.sheets.get(language);
    if (!sheet) {
      sheet = retry(() => scoreLibrary.fetchSheet(this.production, language)).then(normalise);
      sheet.catch(() => this.sheets.delete(language));
      this.sheets.set(language, sheet);
    }
    return sheet;
  }

  async cuesForAct(language: string, act: number): Promise<SurtitleCue[]> {
    const all = await this.cuesFor(language);
    return all.filter((cue) => cue.act === act);
  }

  async preloadLanguages(languages: string[]): Promise<number> {
    const sheets = await Promise.all(languages.map((language) => this.cuesFor(language)));
    const merged = sheets.flat();
    await projector.preload(merged);
    return merged.length;
  }

  async actLengths(language: string): Promise<Map<number, number>> {
    const acts = await scoreLibrary.listActs(this.production);
    const perAct = await Promise.all(acts.map((act) => this.cuesForAct(language, act)));
    const lengths = new Map<number, number>();
    perAct.forEach((cues, i) => {
      lengths.set(acts[i], cues.reduce((sum, c) => sum + c.durationMs, 0));
    });
    return lengths;
  }
}

export function longestLine(cues: SurtitleCue[]): SurtitleCue | undefined {
  return cues.reduce<SurtitleCue | undefined>(
    (best, cue) => (!best || cue.translation.length > best.translation.length ? cue : best),
    undefined,
  );
}
