// expect: none
// The caller's signal reaches every cancellable call: it is folded into the RequestInit built by requestInit(), passed to events.once, and checked in the CPU loop.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';

export interface FleeceSample {
  sampleId: string;
  animal: string;
  micronReadings: number[];
}

export interface FleeceGrade {
  sampleId: string;
  meanMicron: number;
  cv: number;
  comfortFactor: number;
  grade: 'royal' | 'baby' | 'superfine' | 'fine' | 'medium' | 'strong';
}

declare const labApi: { baseUrl: string; token: string };
declare const ofdaScanner: EventEmitter & { scan(sampleId: string): void };

function requestInit(token: string, signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

function gradeFor(mean: number): FleeceGrade['grade'] {
  if (mean < 18) return 'royal';
  if (mean < 20.5) return 'baby';
  if (mean < 23) return 'superfine';
  if (mean < 26.5) return 'fine';
  if (mean < 29) return 'medium';
  return 'strong';
}

function summarise(sample: FleeceSample, signal: AbortSignal): FleeceGrade {
  const n = sample.micronReadings.length;
  let sum = 0;
  let sumSq = 0;
  let coarse = 0;
  for (let i = 0; i < n; i++) {
    if (i % 10_000 === 0) signal.throwIfAborted();
    const m = sample.micronReadings[i];
    sum += m;
    sumSq += m * m;
    if (m > 30) coarse++;
  }
  const mean = sum / n;
  const sd = Math.sqrt(sumSq / n - mean * mean);
  return {
    sampleId: sample.sampleId,
    meanMicron: Math.round(mean * 10) / 10,
    cv: Math.round((sd / mean) * 1000) / 10,
    comfortFactor: Math.round((1 - coarse / n) * 1000) / 10,
    grade: gradeFor(mean),
  };
}

async function startScan(sampleId: string): Promise<void> {
  ofdaScanner.scan(sampleId);
}

export async function gradeSample(sampleId: string, animal: string, signal: AbortSignal): Promise<FleeceGrade> {
  // Listen before triggering the scan so a fast result is not missed.
  const [[micronReadings]] = (await Promise.all([
    once(ofdaScanner, `done:${sampleId}`, { signal }),
    startScan(sampleId),
  ])) as [[number[]], void];

  const grade = summarise({ sampleId, animal, micronReadings }, signal);

  const res = await fetch(`${labApi.baseUrl}/grades`, requestInit(labApi.token, signal, { animal, ...grade }));
  if (!res.ok) throw new Error(`grade upload failed: ${res.status}`);
  return grade;
}

export async function gradeClip(animals: string[], signal: AbortSignal): Promise<FleeceGrade[]> {
  const res = await fetch(`${labApi.baseUrl}/clips/pending?animals=${animals.join(',')}`, requestInit(labApi.token, signal));
  if (!res.ok) throw new Error(`could not list pending samples: ${res.status}`);
  const pending = (await res.json()) as Array<{ sampleId: string; animal: string }>;

  const grades: FleeceGrade[] = [];
  for (const { sampleId, animal } of pending) {
    grades.push(await gradeSample(sampleId, animal, signal));
  }
  return grades;
}
