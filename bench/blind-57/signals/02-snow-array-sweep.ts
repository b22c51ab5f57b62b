// expect: none
// Correct: the caller's signal reaches fetch through requestInit(), the pause through timers/promises options, and the pump wait through events.once options.
import { once, type EventEmitter } from 'node:events';
import { setTimeout as pause } from 'node:timers/promises';

declare const pumpHouse: EventEmitter & {
  requestPressure(bar: number): void;
};

export interface CannonState {
  cannonId: string;
  hydrant: string;
  running: boolean;
  waterLpm: number;
}

export interface SweepOptions {
  signal: AbortSignal;
  baseUrl: string;
  token: string;
}

function requestInit(options: SweepOptions, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    signal: options.signal,
    headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
  };
}

async function getJson<T>(options: SweepOptions, path: string): Promise<T> {
  const res = await fetch(new URL(path, options.baseUrl), requestInit(options));
  if (!res.ok) throw new Error(`GET ${path} failed with ${res.status}`);
  return (await res.json()) as T;
}

async function postJson(options: SweepOptions, path: string, body: unknown): Promise<void> {
  const res = await fetch(
    new URL(path, options.baseUrl),
    requestInit(options, { method: 'POST', body: JSON.stringify(body) }),
  );
  if (!res.ok) throw new Error(`POST ${path} failed with ${res.status}`);
}

async function waitForPressure(bar: number, signal: AbortSignal): Promise<void> {
  pumpHouse.requestPressure(bar);
  for (;;) {
    const [reported] = (await once(pumpHouse, 'pressure', { signal })) as [number];
    if (reported >= bar * 0.95) return;
  }
}

export async function sweepArray(arrayId: string, options: SweepOptions): Promise<string[]> {
  const cannons = await getJson<CannonState[]>(options, `/arrays/${arrayId}/cannons`);
  const started: string[] = [];

  const idle = cannons.filter((c) => !c.running);
  const requiredBar = 20 + idle.length * 1.5;
  await waitForPressure(requiredBar, options.signal);

  for (const cannon of idle) {
    await postJson(options, `/cannons/${cannon.cannonId}/start`, { waterLpm: 180 });
    started.push(cannon.cannonId);
    // Stagger starts so the hydrant line does not hammer.
    await pause(4_000, undefined, { signal: options.signal });
  }
  return started;
}
