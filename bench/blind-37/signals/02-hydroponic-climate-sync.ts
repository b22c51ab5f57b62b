// expect: none
// The signal reaches fetch through the RequestInit built by requestInit(), and also reaches the backoff sleep and the loop check.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ClimateSetpoint {
  bay: string;
  airC: number;
  rhPct: number;
  co2Ppm: number;
  lightHours: number;
}

interface CropStage {
  bay: string;
  variety: 'butterhead' | 'romaine' | 'lollo-rosso';
  daysSinceTransplant: number;
}

declare const FARM_API: string;
declare const apiToken: string;

const MAX_ATTEMPTS = 3;

function requestInit(method: 'GET' | 'PUT', signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method,
    signal,
    headers: {
      authorization: `Bearer ${apiToken}`,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

function setpointFor(stage: CropStage): ClimateSetpoint {
  const seedling = stage.daysSinceTransplant < 10;
  const base = { bay: stage.bay, airC: seedling ? 21 : 19, rhPct: seedling ? 75 : 65, co2Ppm: 900, lightHours: 16 };
  if (stage.variety === 'lollo-rosso') {
    return { ...base, airC: base.airC - 1, lightHours: 17 };
  }
  return base;
}

async function putSetpoint(setpoint: ClimateSetpoint, signal: AbortSignal): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${FARM_API}/bays/${setpoint.bay}/setpoint`, requestInit('PUT', signal, setpoint));
    if (res.ok) return;
    if (res.status < 500 || attempt === MAX_ATTEMPTS) {
      throw new Error(`bay ${setpoint.bay}: controller refused setpoint (${res.status})`);
    }
    await sleep(250 * attempt, undefined, { signal });
  }
}

export async function syncClimate(signal: AbortSignal): Promise<ClimateSetpoint[]> {
  const res = await fetch(`${FARM_API}/crop-stages`, requestInit('GET', signal));
  if (!res.ok) {
    throw new Error(`crop stage lookup failed (${res.status})`);
  }
  const stages = (await res.json()) as CropStage[];

  const applied: ClimateSetpoint[] = [];
  for (const stage of stages) {
    signal.throwIfAborted();
    const setpoint = setpointFor(stage);
    await putSetpoint(setpoint, signal);
    applied.push(setpoint);
  }
  return applied;
}
