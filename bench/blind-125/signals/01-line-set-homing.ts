// expect: require-signal-propagation
// homeLineSets checks and forwards the signal to fetch but waits out the arbor settle time with a timers/promises setTimeout that is not given the signal, so an abort sits through the full delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HomingOptions {
  controllerUrl: string;
  settleMs?: number;
  signal?: AbortSignal;
}

export interface HomingResult {
  lineSetId: string;
  homedAt: number;
  encoderZero: number;
}

interface HomeResponse {
  ok: boolean;
  encoder: number;
  message?: string;
}

async function postHome(controllerUrl: string, lineSetId: string, signal?: AbortSignal): Promise<HomeResponse> {
  const res = await fetch(new URL(`/linesets/${encodeURIComponent(lineSetId)}/home`, controllerUrl), {
    method: 'POST',
    signal,
  });
  if (!res.ok) {
    throw new Error(`controller refused homing ${lineSetId}: HTTP ${res.status}`);
  }
  return (await res.json()) as HomeResponse;
}

export async function homeLineSets(lineSetIds: string[], options: HomingOptions): Promise<HomingResult[]> {
  const { controllerUrl, settleMs = 4_000, signal } = options;
  const results: HomingResult[] = [];

  for (const id of lineSetIds) {
    signal?.throwIfAborted();
    const reply = await postHome(controllerUrl, id, signal);
    if (!reply.ok) {
      throw new Error(`homing ${id} failed: ${reply.message ?? 'no reason given'}`);
    }
    // Let the counterweight arbor stop swinging before reading the encoder zero.
    await sleep(settleMs);
    results.push({ lineSetId: id, homedAt: Date.now(), encoderZero: reply.encoder });
  }

  return results;
}

export function staleHomings(results: HomingResult[], maxAgeMs: number, now = Date.now()): string[] {
  return results.filter((r) => now - r.homedAt > maxAgeMs).map((r) => r.lineSetId);
}
