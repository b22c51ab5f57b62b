// expect: none
// Every rejected allSettled entry is collected with its cue and reason and surfaced in the report, so failed translations are not lost.
export interface Cue {
  index: number;
  speaker: string;
  text: string;
}

export interface TranslationService {
  translate(text: string, from: string, to: string): Promise<string>;
}

export interface TranslatedCue extends Cue {
  lang: string;
}

export interface TranslationFailure {
  index: number;
  lang: string;
  reason: string;
}

export interface BatchReport {
  translated: TranslatedCue[];
  failures: TranslationFailure[];
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

export class SurtitleTranslator {
  constructor(
    private readonly service: TranslationService,
    private readonly sourceLang = 'it',
  ) {}

  async translateAct(cues: Cue[], lang: string): Promise<BatchReport> {
    const results = await Promise.allSettled(
      cues.map((cue) => this.service.translate(cue.text, this.sourceLang, lang)),
    );

    const translated: TranslatedCue[] = [];
    const failures: TranslationFailure[] = [];

    results.forEach((result, i) => {
      const cue = cues[i];
      if (result.status === 'fulfilled') {
        translated.push({ ...cue, text: result.value, lang });
      } else {
        failures.push({ index: cue.index, lang, reason: describeReason(result.reason) });
        translated.push({ ...cue, text: `[${cue.text}]`, lang: this.sourceLang });
      }
    });

    return { translated, failures };
  }

  async translateProduction(acts: Cue[][], langs: string[]): Promise<Map<string, BatchReport[]>> {
    const out = new Map<string, BatchReport[]>();
    for (const lang of langs) {
      const reports: BatchReport[] = [];
      for (const act of acts) reports.push(await this.translateAct(act, lang));
      const failed = reports.reduce((n, r) => n + r.failures.length, 0);
      if (failed > 0) {
        console.warn(`surtitles: ${failed} cue(s) left untranslated for ${lang}`);
      }
      out.set(lang, reports);
    }
    return out;
  }
}
