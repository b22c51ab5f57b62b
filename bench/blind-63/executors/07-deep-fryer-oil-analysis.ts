// expect: no-multiple-settle
// The worker promise settles on 'message' or 'error' only; a worker that exits (process.exit, OOM kill) without posting leaves it pending.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface OilSample {
  fryerId: string;
  storeId: string;
  polarCompoundsPct: number[];
  freeFattyAcidPct: number[];
  hoursSinceChange: number;
}

export interface OilVerdict {
  fryerId: string;
  action: 'keep' | 'filter' | 'replace';
  tpmPeak: number;
  confidence: number;
}

declare const fleetApi: {
  pendingSamples(storeId: string): Promise<OilSample[]>;
  recordVerdicts(storeId: string, verdicts: OilVerdict[]): Promise<void>;
};

const ANALYZER_SCRIPT = fileURLToPath(new URL('./oil-analyzer.worker.js', 'file:///opt/fryer-fleet/dist/'));

const REPLACE_TPM = 24;
const FILTER_TPM = 18;

function analyzeInWorker(samples: OilSample[]): Promise<OilVerdict[]> {
  return new Promise<OilVerdict[]>((resolve, reject) => {
    const worker = new Worker(ANALYZER_SCRIPT, {
      workerData: { samples, thresholds: { replace: REPLACE_TPM, filter: FILTER_TPM } },
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });

    worker.once('message', (msg: { ok: true; verdicts: OilVerdict[] } | { ok: false; error: string }) => {
      if (msg.ok) {
        resolve(msg.verdicts);
      } else {
        reject(new Error(`oil analyzer failed: ${msg.error}`));
      }
    });

    worker.once('error', (err) => {
      reject(err);
    });
  });
}

function fallbackVerdict(sample: OilSample): OilVerdict {
  const tpmPeak = Math.max(0, ...sample.polarCompoundsPct);
  const action = tpmPeak >= REPLACE_TPM ? 'replace' : tpmPeak >= FILTER_TPM ? 'filter' : 'keep';
  return { fryerId: sample.fryerId, action, tpmPeak, confidence: 0.5 };
}

export async function analyzeStore(storeId: string): Promise<OilVerdict[]> {
  const samples = await fleetApi.pendingSamples(storeId);
  if (samples.length === 0) return [];

  let verdicts: OilVerdict[];
  if (samples.length < 4) {
    verdicts = samples.map(fallbackVerdict);
  } else {
    verdicts = await analyzeInWorker(samples);
  }

  const stale = samples.filter((s) => s.hoursSinceChange > 96).map((s) => s.fryerId);
  verdicts = verdicts.map((v) =>
    stale.includes(v.fryerId) && v.action === 'keep' ? { ...v, action: 'filter' as const } : v,
  );

  await fleetApi.recordVerdicts(storeId, verdicts);
  return verdicts;
}
