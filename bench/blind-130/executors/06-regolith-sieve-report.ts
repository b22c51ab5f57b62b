// expect: no-multiple-settle
// The executor is async and awaits the profile file before wiring any handlers, so a missing or malformed profile rejects the executor's own promise and the returned promise never settles.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export interface SieveProfile {
  meshMicrons: number[];
  shakeSeconds: number;
  simulant: 'JSC-1A' | 'LHS-1' | 'LMS-1' | 'NU-LHT-2M';
}

export interface SieveFraction {
  meshMicrons: number;
  retainedGrams: number;
}

export interface SieveReport {
  sampleId: string;
  simulant: SieveProfile['simulant'];
  fractions: SieveFraction[];
  finesPercent: number;
}

function parseFractions(output: string): SieveFraction[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\d+\s+[\d.]+$/.test(line))
    .map((line) => {
      const [mesh, grams] = line.split(/\s+/);
      return { meshMicrons: Number(mesh), retainedGrams: Number(grams) };
    });
}

function finesPercent(fractions: SieveFraction[]): number {
  const total = fractions.reduce((sum, f) => sum + f.retainedGrams, 0);
  const fines = fractions.filter((f) => f.meshMicrons < 20).reduce((sum, f) => sum + f.retainedGrams, 0);
  return total === 0 ? 0 : Math.round((fines / total) * 1000) / 10;
}

export function runSieveAnalysis(sampleId: string, profilePath: string): Promise<SieveReport> {
  return new Promise<SieveReport>(async (resolve, reject) => {
    const profile = JSON.parse(await readFile(profilePath, 'utf8')) as SieveProfile;

    const child = spawn('sievectl', [
      '--sample',
      sampleId,
      '--mesh',
      profile.meshMicrons.join(','),
      '--shake',
      String(profile.shakeSeconds),
    ]);

    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`sievectl failed for ${sampleId} with exit code ${code}`));
        return;
      }
      const fractions = parseFractions(output);
      resolve({ sampleId, simulant: profile.simulant, fractions, finesPercent: finesPercent(fractions) });
    });
  });
}

export async function compareBatches(sampleIds: string[], profilePath: string): Promise<SieveReport[]> {
  const reports: SieveReport[] = [];
  for (const id of sampleIds) {
    reports.push(await runSieveAnalysis(id, profilePath));
  }
  return reports.sort((a, b) => b.finesPercent - a.finesPercent);
}
