// expect: no-unobserved-promise
// The cue-timing request is started alongside the libretto request but only awaited afterwards, so if it rejects while the libretto is still loading the rejection is unhandled.
export interface LibrettoLine {
  number: number;
  singer: string;
  original: string;
  translated: string;
}

export interface CueTiming {
  lineNumber: number;
  inMs: number;
  outMs: number;
}

export interface SurtitleCms {
  fetchLibretto(productionId: string, lang: string): Promise<LibrettoLine[]>;
  fetchCueTimings(productionId: string, performanceDate: string): Promise<CueTiming[]>;
}

export interface PreparedCue {
  inMs: number;
  outMs: number;
  text: string;
}

const MAX_CHARS_PER_CUE = 84;

function wrapForProjector(text: string): string {
  if (text.length <= MAX_CHARS_PER_CUE / 2) return text;
  const middle = text.lastIndexOf(' ', Math.ceil(text.length / 2));
  return middle > 0 ? `${text.slice(0, middle)}\n${text.slice(middle + 1)}` : text;
}

export class PerformancePrep {
  constructor(private readonly cms: SurtitleCms) {}

  async prepareNight(productionId: string, lang: string, performanceDate: string): Promise<PreparedCue[]> {
    const libretto = this.cms.fetchLibretto(productionId, lang);
    const timings = this.cms.fetchCueTimings(productionId, performanceDate);

    const lines = await libretto;
    const byNumber = new Map(lines.map((line) => [line.number, line] as const));
    const cueTimes = await timings;

    const cues: PreparedCue[] = [];
    for (const timing of cueTimes) {
      const line = byNumber.get(timing.lineNumber);
      if (!line) continue;
      const text = line.translated.length > MAX_CHARS_PER_CUE ? line.translated.slice(0, MAX_CHARS_PER_CUE - 1) + '…' : line.translated;
      cues.push({ inMs: timing.inMs, outMs: timing.outMs, text: wrapForProjector(text) });
    }
    return cues.sort((a, b) => a.inMs - b.inMs);
  }

  findOverlaps(cues: PreparedCue[]): [PreparedCue, PreparedCue][] {
    const overlaps: [PreparedCue, PreparedCue][] = [];
    for (let i = 1; i < cues.length; i++) {
      if (cues[i].inMs < cues[i - 1].outMs) overlaps.push([cues[i - 1], cues[i]]);
    }
    return overlaps;
  }
}
