// expect: none
// The grader forwards its signal to every measurement, rethrows once aborted instead of recording a failure, and the tests only assert on the AbortError.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface FleeceSample {
  sampleId: string;
  animal: string;
  stapleLengthMm: number;
}

interface Measurement {
  sampleId: string;
  micron: number;
  coefficientOfVariation: number;
}

interface MicronAnalyzer {
  measure(sample: FleeceSample, options: { signal?: AbortSignal }): Promise<Measurement>;
}

type Grade = 'royal' | 'baby' | 'superfine' | 'adult' | 'coarse';

interface GradingReport {
  graded: Array<{ sampleId: string; grade: Grade }>;
  failed: string[];
}

function gradeFor(m: Measurement): Grade {
  if (m.micron < 18) return 'royal';
  if (m.micron < 20.5) return 'baby';
  if (m.micron < 23) return 'superfine';
  if (m.micron < 27) return 'adult';
  return 'coarse';
}

async function gradeFleeces(
  samples: FleeceSample[],
  analyzer: MicronAnalyzer,
  options: { signal?: AbortSignal } = {},
): Promise<GradingReport> {
  const report: GradingReport = { graded: [], failed: [] };
  for (const sample of samples) {
    options.signal?.throwIfAborted();
    if (sample.stapleLengthMm < 50) {
      report.failed.push(sample.sampleId);
      continue;
    }
    try {
      const m = await analyzer.measure(sample, { signal: options.signal });
      report.graded.push({ sampleId: sample.sampleId, grade: gradeFor(m) });
    } catch (err) {
      if (options.signal?.aborted) throw err;
      report.failed.push(sample.sampleId);
    }
  }
  return report;
}

function fakeAnalyzer(microns: Record<string, number>, delayMs = 5): MicronAnalyzer {
  return {
    measure(sample, { signal }) {
      return new Promise<Measurement>((resolve, reject) => {
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          const micron = microns[sample.sampleId];
          if (micron === undefined) reject(new Error(`sample ${sample.sampleId} jammed the reader`));
          else resolve({ sampleId: sample.sampleId, micron, coefficientOfVariation: 19 });
        }, delayMs);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}

const samples: FleeceSample[] = [
  { sampleId: 'F-01', animal: 'Peruvian Pepper', stapleLengthMm: 95 },
  { sampleId: 'F-02', animal: 'Dolly', stapleLengthMm: 110 },
  { sampleId: 'F-03', animal: 'Snowdrop', stapleLengthMm: 40 },
  { sampleId: 'F-04', animal: 'Archie', stapleLengthMm: 88 },
];

describe('gradeFleeces', () => {
  it('grades by fibre diameter and fails short staples', async () => {
    const report = await gradeFleeces(samples, fakeAnalyzer({ 'F-01': 17.2, 'F-02': 24.9, 'F-04': 29.1 }));
    assert.deepEqual(report.graded, [
      { sampleId: 'F-01', grade: 'royal' },
      { sampleId: 'F-02', grade: 'adult' },
      { sampleId: 'F-04', grade: 'coarse' },
    ]);
    assert.deepEqual(report.failed, ['F-03']);
  });

  it('records a jammed reader as a failed sample and carries on', async () => {
    const report = await gradeFleeces(samples, fakeAnalyzer({ 'F-01': 19.9, 'F-04': 21 }));
    assert.deepEqual(report.failed, ['F-02', 'F-03']);
  });

  it('stops grading when the shearing day is cancelled', async () => {
    const controller = new AbortController();
    const grading = gradeFleeces(samples, fakeAnalyzer({ 'F-01': 17, 'F-02': 18, 'F-04': 19 }, 50), {
      signal: controller.signal,
    });
    controller.abort();
    await assert.rejects(grading, { name: 'AbortError' });
  });
});
