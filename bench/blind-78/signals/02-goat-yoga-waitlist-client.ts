// expect: none
// The caller's signal travels inside the RequestInit built by requestInit() and the timer options built by pollOptions(), so every fetch and sleep is cancellable even though no call spells `signal:` inline.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitlistEntry {
  memberId: string;
  classId: string;
  position: number;
  joinedAt: string;
}

export interface WaitlistOffer {
  classId: string;
  spotHeldUntil: string;
  goatsPresent: string[];
}

export interface ClientOptions {
  signal?: AbortSignal;
  pollIntervalMs?: number;
}

declare const studioConfig: { apiBase: string; memberToken: string };

function requestInit(method: 'GET' | 'POST' | 'DELETE', opts: ClientOptions, body?: unknown): RequestInit {
  const init: RequestInit = {
    method,
    signal: opts.signal,
    headers: {
      authorization: `Bearer ${studioConfig.memberToken}`,
      'content-type': 'application/json',
    },
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  return init;
}

function pollOptions(opts: ClientOptions) {
  return { signal: opts.signal, ref: false };
}

async function call<T>(path: string, init: RequestInit): Promise<T> {
  const res = await fetch(`${studioConfig.apiBase}${path}`, init);
  if (res.status === 204) return undefined as T;
  if (!res.ok) throw new Error(`waitlist API ${init.method} ${path} -> ${res.status}`);
  return (await res.json()) as T;
}

export function joinWaitlist(classId: string, opts: ClientOptions = {}): Promise<WaitlistEntry> {
  return call<WaitlistEntry>(`/classes/${classId}/waitlist`, requestInit('POST', opts, {}));
}

export function leaveWaitlist(classId: string, opts: ClientOptions = {}): Promise<void> {
  return call<void>(`/classes/${classId}/waitlist/me`, requestInit('DELETE', opts));
}

/**
 * Polls until a spot opens. Goat yoga classes are small (the goats set the capacity),
 * so members often wait for a cancellation in the last hour.
 */
export async function waitForSpot(classId: string, opts: ClientOptions = {}): Promise<WaitlistOffer> {
  const interval = opts.pollIntervalMs ?? 20_000;
  for (;;) {
    const status = await call<{ entry: WaitlistEntry; offer: WaitlistOffer | null }>(
      `/classes/${classId}/waitlist/me`,
      requestInit('GET', opts),
    );
    if (status.offer) return status.offer;
    await sleep(status.entry.position <= 2 ? interval / 4 : interval, undefined, pollOptions(opts));
  }
}

export async function joinAndWait(classId: string, maxPosition: number, opts: ClientOptions = {}): Promise<WaitlistOffer | null> {
  const entry = await joinWaitlist(classId, opts);
  if (entry.position > maxPosition) {
    // Too far back to realistically get in; free the place for someone else.
    await leaveWaitlist(classId, opts);
    return null;
  }
  return waitForSpot(classId, opts);
}
