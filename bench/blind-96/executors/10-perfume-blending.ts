// expect: no-multiple-settle
// The execFile callback rejects when the analyzer fails or times out but does not return, so it falls through, parses whatever partial report the killed process printed, records it as the blend's latest analysis and then settles the promise a second time.
import { execFile } from 'node:child_process';

export interface Peak {
  compound: string;
  retentionMin: number;
  areaPct: number;
}

export interface BlendSpec {
  name: string;
  sampleFile: string;
  expected: Record<string, number>;
}

export class BlendAnalysisError extends Error {
  constructor(readonly blend: string, readonly stderr: string, cause: unknown) {
    super(`GC-MS analysis of ${blend} failed: ${stderr.trim() || 'no output'}`, { cause });
    this.name = 'BlendAnalysisError';
  }
}

export function parsePeaks(report: string): Peak[] {
  const rows = report.split('\n').filter((l) => l.startsWith('PEAK'));
  if (rows.length === 0) throw new Error('analyzer report contains no peaks');
  return rows.map((row) => {
    const [, compound, rt, area] = row.split('\t');
    return { compound: compound ?? '?', retentionMin: Number(rt), areaPct: Number(area) };
  });
}

export const recentAnalyses = new Map<string, { at: number; peaks: Peak[] }>();

export function analyzeBlend(spec: BlendSpec, analyzerBin = '/opt/gcms/bin/analyze'): Promise<Peak[]> {
  return new Promise<Peak[]>((resolve, reject) => {
    execFile(
      analyzerBin,
      ['--format', 'tsv', '--library', 'fragrance-2023', spec.sampleFile],
      { timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new BlendAnalysisError(spec.name, stderr, err));
        }
        let peaks: Peak[];
        try {
          peaks = parsePeaks(stdout);
        } catch (parseErr) {
          reject(new BlendAnalysisError(spec.name, `unreadable report: ${String(parseErr)}`, parseErr));
          return;
        }
        recentAnalyses.set(spec.name, { at: Date.now(), peaks });
        resolve(peaks);
      },
    );
  });
}

export interface Deviation {
  compound: string;
  expectedPct: number;
  measuredPct: number;
}

export async function checkBlend(spec: BlendSpec, tolerancePct = 0.5): Promise<Deviation[]> {
  const peaks = await analyzeBlend(spec);
  const measured = new Map(peaks.map((p) => [p.compound, p.areaPct]));
  const deviations: Deviation[] = [];
  for (const [compound, expectedPct] of Object.entries(spec.expected)) {
    const measuredPct = measured.get(compound) ?? 0;
    if (Math.abs(measuredPct - expectedPct) > tolerancePct) {
      deviations.push({ compound, expectedPct, measuredPct });
    }
  }
  return deviations;
}
