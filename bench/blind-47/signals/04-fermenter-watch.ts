// expect: none
// The caller's signal is combined with a timeout via AbortSignal.any and passed to events.on/once and fetch; the valve-close cleanup deliberately uses its own timeout signal.
import { EventEmitter, once, on } from 'node:events';

export interface TankReading {
  tankId: string;
  tempC: number;
  gravity: number;
  co2Lpm: number;
}

declare const glycolLoop: EventEmitter;

declare const brewhouseApi: {
  baseUrl: string;
};

declare const cellarLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

export async function waitForCrashTemp(
  tankId: string,
  targetC: number,
  options: { signal: AbortSignal; timeoutMs?: number },
): Promise<TankReading> {
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs ?? 6 * 3_600_000)]);
  for await (const [reading] of on(glycolLoop, 'reading', { signal }) as AsyncIterableIterator<[TankReading]>) {
    if (reading.tankId === tankId && reading.tempC <= targetC) {
      return reading;
    }
  }
  throw new Error(`reading stream for ${tankId} ended`);
}

export async function nextValveAck(tankId: string, signal: AbortSignal): Promise<boolean> {
  const [ack] = (await once(glycolLoop, `valve:${tankId}`, { signal })) as [{ open: boolean }];
  return ack.open;
}

async function setValve(tankId: string, open: boolean, signal: AbortSignal): Promise<void> {
  const res = await fetch(`${brewhouseApi.baseUrl}/tanks/${tankId}/glycol`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ open }),
    signal,
  });
  if (!res.ok) {
    throw new Error(`Glycol valve command for ${tankId} rejected: HTTP ${res.status}`);
  }
  const { state } = (await res.json()) as { state: 'open' | 'closed' };
  if ((state === 'open') !== open) {
    throw new Error(`Glycol valve on ${tankId} reported ${state}`);
  }
}

export async function coldCrash(tankId: string, targetC: number, signal: AbortSignal): Promise<TankReading> {
  await setValve(tankId, true, signal);
  try {
    const reading = await waitForCrashTemp(tankId, targetC, { signal });
    cellarLog.info('tank crashed', { tankId, tempC: reading.tempC, gravity: reading.gravity });
    return reading;
  } finally {
    await setValve(tankId, false, AbortSignal.timeout(15_000));
  }
}

export async function crashTanks(tankIds: string[], targetC: number, signal: AbortSignal): Promise<TankReading[]> {
  const readings: TankReading[] = [];
  for (const tankId of tankIds) {
    signal.throwIfAborted();
    readings.push(await coldCrash(tankId, targetC, signal));
  }
  return readings;
}
