// expect: none
// runChromatograph handles both 'error' and 'close' from the child and a settled flag keeps a spawn failure followed by 'close' from settling twice.
import { spawn } from 'node:child_process';

export interface Peak {
  retentionMin: number;
  areaPct: number;
  compound: string;
}

export interface BlendSample {
  sampleId: string;
  formula: string;
  vialPath: string;
}

declare const gcConfig: { binary: string; method: string; column: string };
declare const referenceLibrary: { expectedPeaks(formula: string): Peak[] };

export function parsePeaks(csv: string): Peak[] {
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => {
      const [rt, area, compound] = line.split(',');
      const peak = { retentionMin: Number(rt), areaPct: Number(area), compound: compound?.trim() ?? 'unknown' };
      if (Number.isNaN(peak.retentionMin) || Number.isNaN(peak.areaPct)) {
        throw new Error(`unparseable peak row: ${line}`);
      }
      return peak;
    });
}

export function runChromatograph(sample: BlendSample): Promise<Peak[]> {
  const args = ['--method', gcConfig.method, '--column', gcConfig.column, '--csv', sample.vialPath];
  return new Promise<Peak[]>((resolve, reject) => {
    let settled = false;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const child = spawn(gcConfig.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });

    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));

    child.once('error', (spawnErr) => {
      if (settled) return;
      settled = true;
      reject(spawnErr);
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code !== 0) {
        const stderr = Buffer.concat(err).toString('utf8').trim();
        reject(new Error(`gc exited with ${code ?? signal} for ${sample.sampleId}: ${stderr}`));
        return;
      }
      try {
        resolve(parsePeaks(Buffer.concat(out).toString('utf8')));
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

export async function checkBlend(sample: BlendSample, toleranceMin = 0.08): Promise<{ missing: string[]; extra: string[] }> {
  const measured = await runChromatograph(sample);
  const expected = referenceLibrary.expectedPeaks(sample.formula);
  const near = (a: Peak, b: Peak) => Math.abs(a.retentionMin - b.retentionMin) <= toleranceMin;
  const missing = expected.filter((e) => !measured.some((m) => near(m, e))).map((e) => e.compound);
  const extra = measured
    .filter((m) => m.areaPct > 0.5 && !expected.some((e) => near(m, e)))
    .map((m) => `${m.compound}@${m.retentionMin.toFixed(2)}`);
  return { missing, extra };
}
