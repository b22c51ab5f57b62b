// expect: none
// fetchCueSheet retries only transient failures; an abort is rethrown unchanged and the signal reaches both fetch and the backoff delay.
import { setTimeout as delay } from 'node:timers/promises';

export interface Cue {
  cueId: string;
  page: number;
  kind: 'sfx' | 'music' | 'ambience' | 'line';
  character?: string;
  text: string;
  durationSec?: number;
}

export interface CueSheet {
  episode: string;
  revision: number;
  cues: Cue[];
}

declare const scriptServer: { url: string };
declare const studioLog: { warn(msg: string): void };

class TransientError extends Error {}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === 'AbortError');
}

async function requestSheet(episode: string, signal: AbortSignal): Promise<CueSheet> {
  const res = await fetch(`${scriptServer.url}/episodes/${encodeURIComponent(episode)}/cues`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (res.status === 429 || res.status >= 500) {
    throw new TransientError(`script server ${res.status}`);
  }
  if (!res.ok) {
    throw new Error(`cue sheet for ${episode}: HTTP ${res.status}`);
  }
  return (await res.json()) as CueSheet;
}

export async function fetchCueSheet(episode: string, signal: AbortSignal, attempts = 4): Promise<CueSheet> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestSheet(episode, signal);
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      const retryable = err instanceof TransientError || err instanceof TypeError;
      if (!retryable || attempt >= attempts) throw err;
      studioLog.warn(`cue sheet ${episode} attempt ${attempt} failed: ${(err as Error).message}`);
      await delay(400 * attempt, undefined, { signal });
    }
  }
}

export function runningOrder(sheet: CueSheet): Array<{ cueId: string; startsAtSec: number }> {
  let clock = 0;
  return [...sheet.cues]
    .sort((a, b) => a.page - b.page || a.cueId.localeCompare(b.cueId, undefined, { numeric: true }))
    .map((cue) => {
      const startsAtSec = clock;
      clock += cue.durationSec ?? (cue.kind === 'line' ? Math.ceil(cue.text.split(/\s+/).length / 2.5) : 0);
      return { cueId: cue.cueId, startsAtSec };
    });
}

export async function prepareSession(episodes: readonly string[], signal: AbortSignal): Promise<Map<string, number>> {
  const lengths = new Map<string, number>();
  for (const episode of episodes) {
    const sheet = await fetchCueSheet(episode, signal);
    const order = runningOrder(sheet);
    lengths.set(episode, order.length === 0 ? 0 : order[order.length - 1].startsAtSec);
  }
  return lengths;
}
