// expect: none
// Correct: the worker executor settles on 'message', 'error' or 'exit', and a settled flag plus listener cleanup keeps it to one settlement.
import { Worker } from 'node:worker_threads';

declare const catchLog: {
  oysterImages(boatId: string, diveId: string): Promise<Array<{ oysterId: string; path: string }>>;
  saveGrades(boatId: string, diveId: string, grades: PearlGrade[]): Promise<void>;
};

export interface PearlGrade {
  oysterId: string;
  lustre: 'A' | 'AA' | 'AAA';
  diameterMm: number;
  blemishes: number;
}

interface GradeRequest {
  images: Array<{ oysterId: string; path: string }>;
  minDiameterMm: number;
}

const GRADER_SCRIPT = '/opt/pearl-lab/grader-worker.js';

export function gradeInWorker(request: GradeRequest): Promise<PearlGrade[]> {
  return new Promise<PearlGrade[]>((resolve, reject) => {
    const worker = new Worker(GRADER_SCRIPT, { workerData: request });
    let settled = false;

    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      fn();
    };

    const onMessage = (grades: PearlGrade[]): void => {
      settle(() => resolve(grades));
    };

    const onError = (err: Error): void => {
      settle(() => reject(new Error('pearl grader crashed', { cause: err })));
    };

    const onExit = (code: number): void => {
      settle(() => reject(new Error(`pearl grader exited with code ${code} before reporting`)));
    };

    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

export async function gradeDive(boatId: string, diveId: string): Promise<PearlGrade[]> {
  const images = await catchLog.oysterImages(boatId, diveId);
  if (images.length === 0) return [];

  const batches: Array<typeof images> = [];
  for (let i = 0; i < images.length; i += 40) {
    batches.push(images.slice(i, i + 40));
  }

  const grades = (
    await Promise.all(batches.map((batch) => gradeInWorker({ images: batch, minDiameterMm: 6 })))
  ).flat();

  grades.sort((a, b) => b.diameterMm - a.diameterMm);
  await catchLog.saveGrades(boatId, diveId, grades);
  return grades;
}
