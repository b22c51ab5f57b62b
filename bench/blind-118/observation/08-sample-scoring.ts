// expect: none
// The per-panelist scoring promises are created with map and handed straight to Promise.all, and the per-sample loop awaits each call directly, so every promise is observed.
export interface Panelist {
  id: string;
  calibratedOn: string;
}

export interface BlindSample {
  code: string;
  family: 'chypre' | 'fougere' | 'oriental' | 'citrus' | 'floral';
}

export interface IntensityScore {
  panelistId: string;
  sampleCode: string;
  topNote: number;
  heart: number;
  drydown: number;
}

export interface ScoringTerminal {
  collectScore(panelistId: string, sampleCode: string): Promise<IntensityScore>;
}

export interface SampleProfile {
  code: string;
  family: BlindSample['family'];
  meanTop: number;
  meanHeart: number;
  meanDrydown: number;
  panelSize: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export async function scoreSample(
  terminal: ScoringTerminal,
  panel: Panelist[],
  sample: BlindSample,
): Promise<SampleProfile> {
  const pending = panel.map((p) => terminal.collectScore(p.id, sample.code));
  const scores = await Promise.all(pending);
  return {
    code: sample.code,
    family: sample.family,
    meanTop: mean(scores.map((s) => s.topNote)),
    meanHeart: mean(scores.map((s) => s.heart)),
    meanDrydown: mean(scores.map((s) => s.drydown)),
    panelSize: scores.length,
  };
}

export async function runSession(
  terminal: ScoringTerminal,
  panel: Panelist[],
  samples: BlindSample[],
  restBetween: (sample: BlindSample) => Promise<void>,
): Promise<SampleProfile[]> {
  const profiles: SampleProfile[] = [];
  for (const sample of samples) {
    profiles.push(await scoreSample(terminal, panel, sample));
    await restBetween(sample);
  }
  return profiles.sort((a, b) => b.meanDrydown - a.meanDrydown);
}
