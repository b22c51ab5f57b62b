// expect: none
// The worker wrapper settles on 'message', 'error' or 'exit' and removes all three listeners first, so it settles exactly once on every path.
import { Worker } from 'node:worker_threads';
import path from 'node:path';

export interface PingSample {
  bearingDeg: number;
  rangeM: number;
  intensityDb: number;
  t: number;
}

export interface DrillAnalysis {
  drillId: string;
  contacts: { bearingDeg: number; rangeM: number; confidence: number }[];
  falseAlarms: number;
  meanResponseMs: number;
}

export interface DrillRecord {
  id: string;
  boat: string;
  operator: string;
  samples: PingSample[];
  plantedContacts: { bearingDeg: number; rangeM: number }[];
}

declare const drillArchive: {
  load(drillId: string): Promise<DrillRecord>;
  saveAnalysis(analysis: DrillAnalysis): Promise<void>;
};

const WORKER_FILE = path.join(__dirname, 'sonar-fft-worker.js');

function analyseInWorker(record: DrillRecord, thresholdDb: number): Promise<DrillAnalysis> {
  return new Promise<DrillAnalysis>((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { drillId: record.id, samples: record.samples, thresholdDb },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });

    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (analysis: DrillAnalysis) => {
      cleanup();
      resolve(analysis);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`sonar worker for drill ${record.id} exited with code ${code} before reporting`));
    };

    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

function scoreDrill(record: DrillRecord, analysis: DrillAnalysis): number {
  let hits = 0;
  for (const planted of record.plantedContacts) {
    const found = analysis.contacts.some(
      (c) => Math.abs(c.bearingDeg - planted.bearingDeg) < 3 && Math.abs(c.rangeM - planted.rangeM) < 150,
    );
    if (found) hits++;
  }
  const detectionRate = record.plantedContacts.length ? hits / record.plantedContacts.length : 1;
  const penalty = Math.min(analysis.falseAlarms * 0.05, 0.5);
  return Math.max(0, Math.round((detectionRate - penalty) * 100));
}

export async function gradeDrill(drillId: string, thresholdDb = -42): Promise<{ score: number; analysis: DrillAnalysis }> {
  const record = await drillArchive.load(drillId);
  if (record.samples.length === 0) {
    throw new Error(`drill ${drillId} has no ping samples`);
  }
  const analysis = await analyseInWorker(record, thresholdDb);
  await drillArchive.saveAnalysis(analysis);
  return { score: scoreDrill(record, analysis), analysis };
}
