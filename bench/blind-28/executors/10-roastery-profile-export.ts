// expect: no-multiple-settle
// The executor is async and awaits the roaster API and mkdir before wiring up reject, so a failed fetch or mkdir becomes an unhandled rejection and the returned promise never settles.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface RoastBatch {
  id: string;
  origin: string;
  greenWeightKg: number;
  chargeTempC: number;
}

interface ProfileSample {
  elapsedS: number;
  beanTempC: number;
  envTempC: number;
  gasPct: number;
  airflowPct: number;
  event?: 'turning_point' | 'dry_end' | 'first_crack' | 'second_crack' | 'drop';
}

declare const roasterApi: {
  fetchSamples(batchId: string, opts?: { resolutionMs?: number }): Promise<ProfileSample[]>;
};

const HEADER = 'elapsed_s,bean_c,env_c,ror_c_per_min,gas_pct,airflow_pct,event\n';

function rateOfRise(samples: ProfileSample[], i: number, windowS = 30): number {
  const now = samples[i];
  let j = i;
  while (j > 0 && now.elapsedS - samples[j - 1].elapsedS <= windowS) j--;
  const then = samples[j];
  const dt = now.elapsedS - then.elapsedS;
  return dt > 0 ? ((now.beanTempC - then.beanTempC) / dt) * 60 : 0;
}

export function exportRoastProfile(batch: RoastBatch, outDir: string): Promise<string> {
  return new Promise(async (resolve, reject) => {
    const samples = await roasterApi.fetchSamples(batch.id, { resolutionMs: 1000 });
    await mkdir(outDir, { recursive: true });

    const file = join(outDir, `${batch.id}-${batch.origin.replace(/\W+/g, '_').toLowerCase()}.csv`);
    const out = createWriteStream(file, { encoding: 'utf8' });
    out.once('error', reject);
    out.once('finish', () => resolve(file));

    out.write(`# batch ${batch.id}, ${batch.greenWeightKg}kg green, charge ${batch.chargeTempC}C\n`);
    out.write(HEADER);
    samples.forEach((s, i) => {
      const ror = rateOfRise(samples, i).toFixed(1);
      out.write(
        `${s.elapsedS},${s.beanTempC.toFixed(1)},${s.envTempC.toFixed(1)},${ror},${s.gasPct},${s.airflowPct},${s.event ?? ''}\n`,
      );
    });
    out.end();
  });
}

export async function exportDay(batches: RoastBatch[], outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const batch of batches) {
    written.push(await exportRoastProfile(batch, outDir));
  }
  return written;
}
