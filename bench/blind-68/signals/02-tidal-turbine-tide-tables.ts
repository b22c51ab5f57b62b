// expect: none
// Correct: the signal travels inside the RequestInit built by requestInit() and is passed explicitly to the timers and events helpers.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface TidePrediction {
  at: string;
  heightM: number;
  currentKnots: number;
}

export interface TurbineArray extends EventEmitter {
  readonly id: string;
  setYaw(degrees: number): void;
}

declare const hydroApi: { baseUrl: string; key: string };

function requestInit(signal: AbortSignal): RequestInit {
  return {
    headers: { accept: 'application/json', 'x-api-key': hydroApi.key },
    signal,
  };
}

async function fetchPredictions(stationId: string, hours: number, signal: AbortSignal): Promise<TidePrediction[]> {
  const url = `${hydroApi.baseUrl}/stations/${stationId}/predictions?hours=${hours}`;
  const res = await fetch(url, requestInit(signal));
  if (!res.ok) throw new Error(`tide service ${res.status} for ${stationId}`);
  return (await res.json()) as TidePrediction[];
}

function nextTurn(predictions: TidePrediction[]): TidePrediction | undefined {
  for (let i = 1; i < predictions.length; i++) {
    const prev = predictions[i - 1].currentKnots;
    const cur = predictions[i].currentKnots;
    if (Math.sign(prev) !== Math.sign(cur)) return predictions[i];
  }
  return undefined;
}

export async function followTide(
  array: TurbineArray,
  stationId: string,
  turnsWanted: number,
  signal: AbortSignal,
): Promise<{ id: string; turns: TidePrediction[] }> {
  const turns: TidePrediction[] = [];
  while (turns.length < turnsWanted) {
    const predictions = await fetchPredictions(stationId, 12, signal);
    const turn = nextTurn(predictions);
    if (!turn) {
      await sleep(30 * 60_000, undefined, { signal });
      continue;
    }

    const waitMs = Math.max(0, Date.parse(turn.at) - Date.now());
    await sleep(waitMs, undefined, { signal });

    // Flood tide sets the rotors to 0 degrees, ebb to 180.
    array.setYaw(turn.currentKnots >= 0 ? 0 : 180);
    await once(array, 'yaw-settled', { signal });
    turns.push(turn);
  }
  return { id: array.id, turns };
}

export async function runTidalDay(
  arrays: TurbineArray[],
  stationId: string,
  options: { signal: AbortSignal },
): Promise<Map<string, number>> {
  // Four tide turns in a lunar day (two floods, two ebbs).
  const results = await Promise.all(arrays.map((a) => followTide(a, stationId, 4, options.signal)));
  return new Map(results.map((r) => [r.id, r.turns.length]));
}
