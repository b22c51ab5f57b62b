// expect: none
// The caller's signal reaches every fetch through requestInit() and reaches the backoff timer and the event wait through their options objects.
import { setTimeout as delay } from 'node:timers/promises';
import { once, type EventEmitter } from 'node:events';

export interface GrindJob {
  stationId: string;
  stick: 'pine-soot' | 'oil-soot' | 'vermilion';
  targetViscosityCp: number;
}

export interface StationReport {
  stationId: string;
  viscosityCp: number;
  strokes: number;
}

export interface JobOptions {
  signal?: AbortSignal;
  token: string;
  pollMs?: number;
}

declare const STATION_API: string;
declare const stationEvents: EventEmitter;

function requestInit(opts: JobOptions, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    signal: opts.signal,
    headers: { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json', ...init.headers },
  };
}

async function startGrind(job: GrindJob, opts: JobOptions): Promise<string> {
  const res = await fetch(
    `${STATION_API}/stations/${job.stationId}/grind`,
    requestInit(opts, { method: 'POST', body: JSON.stringify(job) }),
  );
  if (!res.ok) throw new Error(`station ${job.stationId} refused job: HTTP ${res.status}`);
  const { runId } = (await res.json()) as { runId: string };
  return runId;
}

async function readRun(stationId: string, runId: string, opts: JobOptions): Promise<StationReport & { state: string }> {
  const res = await fetch(`${STATION_API}/stations/${stationId}/runs/${runId}`, requestInit(opts));
  if (!res.ok) throw new Error(`run ${runId} status failed: HTTP ${res.status}`);
  return (await res.json()) as StationReport & { state: string };
}

export async function grindAndWait(job: GrindJob, opts: JobOptions): Promise<StationReport> {
  const runId = await startGrind(job, opts);
  const pollMs = opts.pollMs ?? 1_500;
  const timerOpts = { signal: opts.signal };

  for (;;) {
    const run = await readRun(job.stationId, runId, opts);
    if (run.state === 'done') {
      return { stationId: run.stationId, viscosityCp: run.viscosityCp, strokes: run.strokes };
    }
    if (run.state === 'failed') throw new Error(`grind run ${runId} failed on ${job.stationId}`);
    await delay(pollMs, undefined, timerOpts);
  }
}

export async function waitForStoneRinse(stationId: string, opts: JobOptions): Promise<void> {
  const eventOpts = { signal: opts.signal };
  for (;;) {
    const [rinsedId] = (await once(stationEvents, 'stone-rinsed', eventOpts)) as [string];
    if (rinsedId === stationId) return;
  }
}

export async function prepareInkForClass(jobs: GrindJob[], opts: JobOptions): Promise<StationReport[]> {
  const reports: StationReport[] = [];
  for (const job of jobs) {
    await waitForStoneRinse(job.stationId, opts);
    reports.push(await grindAndWait(job, opts));
  }
  return reports;
}
