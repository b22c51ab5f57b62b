// expect: none
// listenForStrike races a mic 'strike' wait against a timeout, and the finally block aborts a controller that both losers were given, so neither outlives the race.
import { once, type EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface StrikeEvent {
  tubeId: string;
  peakHz: number;
  decayMs: number;
}

export interface TuningTarget {
  tubeId: string;
  note: string;
  hz: number;
}

export interface TuningVerdict {
  tubeId: string;
  centsOff: number | null;
  action: 'ok' | 'shorten' | 'replace' | 'restrike';
}

declare const microphone: EventEmitter;

class StrikeTimeout extends Error {
  constructor(readonly tubeId: string) {
    super(`no strike heard for ${tubeId}`);
    this.name = 'StrikeTimeout';
  }
}

async function nextStrikeFor(tubeId: string, signal: AbortSignal): Promise<StrikeEvent> {
  for (;;) {
    const [event] = (await once(microphone, 'strike', { signal })) as [StrikeEvent];
    if (event.tubeId === tubeId) return event;
  }
}

export async function listenForStrike(tubeId: string, timeoutMs: number, outer?: AbortSignal): Promise<StrikeEvent | null> {
  const local = new AbortController();
  const signal = outer ? AbortSignal.any([outer, local.signal]) : local.signal;
  try {
    return await Promise.race([
      nextStrikeFor(tubeId, signal),
      delay(timeoutMs, undefined, { signal }).then(() => {
        throw new StrikeTimeout(tubeId);
      }),
    ]);
  } catch (err) {
    if (err instanceof StrikeTimeout) return null;
    throw err;
  } finally {
    local.abort();
  }
}

export function verdictFor(target: TuningTarget, strike: StrikeEvent | null): TuningVerdict {
  if (!strike) return { tubeId: target.tubeId, centsOff: null, action: 'restrike' };
  const cents = Math.round(1200 * Math.log2(strike.peakHz / target.hz));
  if (Math.abs(cents) <= 4) return { tubeId: target.tubeId, centsOff: cents, action: 'ok' };
  // A flat tube can be shortened; a sharp one has already been cut too short.
  return { tubeId: target.tubeId, centsOff: cents, action: cents < 0 ? 'shorten' : 'replace' };
}

export async function tuneChimeSet(targets: TuningTarget[], signal?: AbortSignal): Promise<TuningVerdict[]> {
  const verdicts: TuningVerdict[] = [];
  for (const target of targets) {
    signal?.throwIfAborted();
    const strike = await listenForStrike(target.tubeId, 6_000, signal);
    verdicts.push(verdictFor(target, strike));
  }
  return verdicts;
}
