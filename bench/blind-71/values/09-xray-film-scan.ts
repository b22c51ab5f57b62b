// expect: none
// Every async value is awaited before it goes into the worker message or JSON body, including the await inside the object literal.
import { Worker } from "node:worker_threads";
import { once } from "node:events";
import { readFile } from "node:fs/promises";

export interface FilmScanJob {
  accession: string;
  tiffPath: string;
  bodyPart: string;
  patientAgeYears: number;
}

export interface DensityMap {
  accession: string;
  histogram: number[];
  dMax: number;
  dMin: number;
}

declare const pacsUrl: string;
declare const densityWorkerPath: string;

declare const worklist: {
  priority(accession: string): Promise<"routine" | "urgent">;
  studyUid(accession: string): Promise<string>;
};

async function computeDensity(job: FilmScanJob): Promise<DensityMap> {
  const pixels = await readFile(job.tiffPath);
  const worker = new Worker(densityWorkerPath, { workerData: { accession: job.accession } });
  try {
    const reply = once(worker, "message");
    worker.postMessage({ pixels, bodyPart: job.bodyPart });
    const [map] = (await reply) as [DensityMap];
    return map;
  } finally {
    await worker.terminate();
  }
}

function contrastGrade(map: DensityMap): "good" | "flat" | "burnt" {
  const range = map.dMax - map.dMin;
  if (map.dMax > 3.6) return "burnt";
  if (range < 1.2) return "flat";
  return "good";
}

export async function submitScan(job: FilmScanJob): Promise<{ grade: string; studyUid: string }> {
  const [density, studyUid] = await Promise.all([computeDensity(job), worklist.studyUid(job.accession)]);
  const grade = contrastGrade(density);

  const payload = {
    accession: job.accession,
    studyUid,
    bodyPart: job.bodyPart,
    pediatric: job.patientAgeYears < 16,
    priority: await worklist.priority(job.accession),
    contrast: grade,
    dMax: density.dMax,
    dMin: density.dMin,
    histogram: density.histogram,
  };

  const response = await fetch(`${pacsUrl}/studies/${encodeURIComponent(studyUid)}/secondary-capture`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  if (!response.ok) {
    throw new Error(`PACS rejected ${job.accession}: ${response.status}`);
  }
  return { grade, studyUid };
}

export async function submitBox(jobs: FilmScanJob[]): Promise<string[]> {
  const summaries: string[] = [];
  for (const job of jobs) {
    const { grade, studyUid } = await submitScan(job);
    summaries.push(`${job.accession} -> ${studyUid} (${grade})`);
  }
  return summaries;
}
