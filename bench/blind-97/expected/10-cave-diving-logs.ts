// expect: none
// The poll loop calls uploader.status(jobId) afresh on every iteration and the generator yields awaited entries rather than method references, so each wait gets a new promise and nothing async is handed on uncalled.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SurveyStation {
  station: number;
  depthM: number;
  azimuthDeg: number;
  distanceM: number;
}

export interface DiveLogEntry {
  diveId: string;
  cave: string;
  stations: SurveyStation[];
}

export type UploadStatus = { state: 'queued' | 'processing' } | { state: 'done'; mapUrl: string } | { state: 'failed'; reason: string };

export interface SurveyUploader {
  start(entry: DiveLogEntry): Promise<string>;
  status(jobId: string): Promise<UploadStatus>;
}

export interface LogSource {
  page(cursor: string | null): Promise<{ entries: DiveLogEntry[]; next: string | null }>;
}

export async function* allEntries(source: LogSource): AsyncGenerator<DiveLogEntry> {
  let cursor: string | null = null;
  do {
    const { entries, next }: { entries: DiveLogEntry[]; next: string | null } = await source.page(cursor);
    for (const entry of entries) yield entry;
    cursor = next;
  } while (cursor);
}

export async function uploadSurvey(
  uploader: SurveyUploader,
  entry: DiveLogEntry,
  pollMs = 2_000,
  maxPolls = 90,
): Promise<string> {
  const jobId = await uploader.start(entry);
  for (let i = 0; i < maxPolls; i++) {
    const status = await uploader.status(jobId);
    if (status.state === 'done') return status.mapUrl;
    if (status.state === 'failed') throw new Error(`survey for ${entry.diveId} rejected: ${status.reason}`);
    await sleep(pollMs);
  }
  throw new Error(`survey for ${entry.diveId} still processing after ${maxPolls} polls`);
}

export async function syncSurveys(source: LogSource, uploader: SurveyUploader): Promise<Map<string, string>> {
  const maps = new Map<string, string>();
  for await (const entry of allEntries(source)) {
    if (entry.stations.length < 2) continue;
    const lineLength = entry.stations.reduce((sum, s) => sum + s.distanceM, 0);
    if (lineLength === 0) continue;
    maps.set(entry.diveId, await uploadSurvey(uploader, entry));
  }
  return maps;
}
