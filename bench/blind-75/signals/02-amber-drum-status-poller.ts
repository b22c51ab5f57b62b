// expect: none
// The signal travels inside the RequestInit built by requestInit() and is passed to every delay, so every wait and request in the poll loop can be cancelled.
import { setTimeout as delay } from 'node:timers/promises';

export interface DrumStatus {
  drumId: string;
  phase: 'loading' | 'tumbling' | 'rinsing' | 'idle';
  minutesRemaining: number;
  slurryTempC: number;
}

export interface DrumRequestOptions {
  signal?: AbortSignal;
  pollMs?: number;
  token: string;
}

declare const drumApiBase: string;

function requestInit(options: DrumRequestOptions, method: 'GET' | 'POST' = 'GET', body?: unknown): RequestInit {
  return {
    method,
    signal: options.signal,
    headers: {
      authorization: `Bearer ${options.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

async function readStatus(drumId: string, options: DrumRequestOptions): Promise<DrumStatus> {
  const res = await fetch(`${drumApiBase}/drums/${drumId}/status`, requestInit(options));
  if (!res.ok) throw new Error(`status for drum ${drumId} failed with ${res.status}`);
  return (await res.json()) as DrumStatus;
}

export async function startTumble(drumId: string, grit: number, options: DrumRequestOptions): Promise<void> {
  const res = await fetch(`${drumApiBase}/drums/${drumId}/tumble`, requestInit(options, 'POST', { grit }));
  if (res.status !== 202) throw new Error(`drum ${drumId} refused tumble at grit ${grit}: ${res.status}`);
}

export async function waitUntilIdle(
  drumId: string,
  options: DrumRequestOptions,
  onStatus?: (status: DrumStatus) => void,
): Promise<DrumStatus> {
  const pollMs = options.pollMs ?? 15_000;
  for (;;) {
    const status = await readStatus(drumId, options);
    onStatus?.(status);
    if (status.phase === 'idle') return status;
    if (status.slurryTempC > 40) {
      throw new Error(`drum ${drumId} slurry at ${status.slurryTempC}°C, check the water feed`);
    }
    const wait = Math.min(pollMs, Math.max(1_000, status.minutesRemaining * 60_000));
    await delay(wait, undefined, { signal: options.signal });
  }
}

export async function runGritSequence(
  drumId: string,
  grits: number[],
  options: DrumRequestOptions,
): Promise<DrumStatus[]> {
  const finals: DrumStatus[] = [];
  for (const grit of grits) {
    await startTumble(drumId, grit, options);
    finals.push(await waitUntilIdle(drumId, options));
  }
  return finals;
}
