// expect: none
// withRetry takes a function and calls it on each attempt, so passing the bound fetchSurveyLine reference (and the arrow wrappers) is what it expects, and Promise.all receives called promises.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SurveyLine {
  lineId: string;
  kpFrom: number;
  kpTo: number;
  burialDepthM: number[];
}

export interface SurveyArchive {
  fetchLine(lineId: string): Promise<SurveyLine>;
  fetchExposures(lineId: string): Promise<{ kp: number; lengthM: number }[]>;
}

export async function withRetry<T>(fn: () => Promise<T>, attempts = 3, baseDelayMs = 400): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class RouteSurveyReview {
  constructor(
    private readonly archive: SurveyArchive,
    private readonly lineId: string,
  ) {
    this.fetchSurveyLine = this.fetchSurveyLine.bind(this);
  }

  fetchSurveyLine(): Promise<SurveyLine> {
    return this.archive.fetchLine(this.lineId);
  }

  async shallowSections(minDepthM: number): Promise<string[]> {
    const [line, exposures] = await Promise.all([
      withRetry(this.fetchSurveyLine),
      withRetry(() => this.archive.fetchExposures(this.lineId)),
    ]);

    const step = (line.kpTo - line.kpFrom) / Math.max(1, line.burialDepthM.length - 1);
    const findings: string[] = [];
    line.burialDepthM.forEach((depth, i) => {
      if (depth < minDepthM) {
        findings.push(`KP${(line.kpFrom + i * step).toFixed(2)} buried ${depth.toFixed(1)}m`);
      }
    });
    for (const e of exposures) {
      findings.push(`KP${e.kp.toFixed(2)} exposed for ${e.lengthM}m`);
    }
    return findings;
  }
}
