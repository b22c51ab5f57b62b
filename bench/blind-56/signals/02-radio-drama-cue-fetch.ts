// expect: none
// The request signal reaches every signal-aware call: fetch gets it through an init object built by requestInit(), sleep and once get it directly.
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SoundCue {
  cueId: string;
  scene: number;
  kind: 'foley' | 'music' | 'ambience';
  file: string;
  offsetMs: number;
}

declare const cueLibraryUrl: string;
declare const authToken: () => string;

declare const playoutDeck: EventEmitter & {
  preload(file: string): void;
  start(): void;
};

function requestInit(signal: AbortSignal, method: 'GET' | 'PUT' = 'GET', body?: unknown): RequestInit {
  return {
    method,
    signal,
    headers: {
      authorization: `Bearer ${authToken()}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

async function getJson<T>(path: string, signal: AbortSignal): Promise<T> {
  const init = requestInit(signal);
  const res = await fetch(`${cueLibraryUrl}${path}`, init);
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export async function loadSceneCues(episodeId: string, scene: number, signal: AbortSignal): Promise<SoundCue[]> {
  const cues = await getJson<SoundCue[]>(`/episodes/${episodeId}/cues?scene=${scene}`, signal);
  return cues.sort((a, b) => a.offsetMs - b.offsetMs);
}

export async function rehearseScene(episodeId: string, scene: number, request: { signal: AbortSignal }): Promise<number> {
  const cues = await loadSceneCues(episodeId, scene, request.signal);
  let elapsed = 0;
  for (const cue of cues) {
    const wait = cue.offsetMs - elapsed;
    if (wait > 0) {
      await sleep(wait, undefined, { signal: request.signal });
      elapsed = cue.offsetMs;
    }
    playoutDeck.preload(cue.file);
    const ready = once(playoutDeck, 'loaded', { signal: request.signal });
    playoutDeck.start();
    await ready;
  }
  return cues.length;
}

export async function markSceneRehearsed(episodeId: string, scene: number, signal: AbortSignal): Promise<void> {
  const init = requestInit(signal, 'PUT', { rehearsedAt: new Date().toISOString() });
  const res = await fetch(`${cueLibraryUrl}/episodes/${episodeId}/scenes/${scene}`, init);
  if (!res.ok) throw new Error(`could not mark scene ${scene} rehearsed: HTTP ${res.status}`);
}
