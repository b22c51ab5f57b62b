// expect: none
// The signal reaches every fetch through the RequestInit built by requestInit(opts), and every hold delay receives { signal: opts.signal }.
import { setTimeout as delay } from 'node:timers/promises';

export interface RampStep {
  targetC: number;
  ratePerHourC: number;
  holdMs: number;
}

export interface RampOptions {
  kilnUrl: string;
  apiKey: string;
  signal?: AbortSignal;
}

export interface RampLog {
  step: number;
  targetC: number;
  reachedC: number;
  startedAt: string;
}

const MARBLE_ANNEAL: RampStep[] = [
  { targetC: 520, ratePerHourC: 300, holdMs: 30 * 60_000 },
  { targetC: 480, ratePerHourC: 60, holdMs: 60 * 60_000 },
  { targetC: 370, ratePerHourC: 45, holdMs: 0 },
];

function requestInit(opts: RampOptions, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      'x-api-key': opts.apiKey,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: opts.signal,
  };
}

async function kilnCall<T>(opts: RampOptions, path: string, body?: unknown): Promise<T> {
  const res = await fetch(new URL(path, opts.kilnUrl), requestInit(opts, body));
  if (!res.ok) throw new Error(`kiln ${path} failed with ${res.status}`);
  return (await res.json()) as T;
}

async function waitForTemperature(opts: RampOptions, targetC: number, falling: boolean): Promise<number> {
  for (;;) {
    const { celsius } = await kilnCall<{ celsius: number }>(opts, '/temperature');
    if (falling ? celsius <= targetC + 2 : celsius >= targetC - 2) return celsius;
    await delay(15_000, undefined, { signal: opts.signal });
  }
}

export async function runAnneal(opts: RampOptions, schedule: RampStep[] = MARBLE_ANNEAL): Promise<RampLog[]> {
  const log: RampLog[] = [];
  let lastTarget = (await kilnCall<{ celsius: number }>(opts, '/temperature')).celsius;

  for (const [i, step] of schedule.entries()) {
    const startedAt = new Date().toISOString();
    await kilnCall(opts, '/program', { setpointC: step.targetC, ratePerHourC: step.ratePerHourC });
    const reachedC = await waitForTemperature(opts, step.targetC, step.targetC < lastTarget);
    if (step.holdMs > 0) {
      await delay(step.holdMs, undefined, { signal: opts.signal });
    }
    log.push({ step: i, targetC: step.targetC, reachedC, startedAt });
    lastTarget = step.targetC;
  }

  await kilnCall(opts, '/program', { setpointC: 0, ratePerHourC: 0 });
  return log;
}
