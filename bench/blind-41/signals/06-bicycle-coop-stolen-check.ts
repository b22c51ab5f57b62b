// expect: none
// Both registry mirrors and the deadline timer share one controller that is aborted in finally, so no race loser is left running.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FrameCheck {
  serial: string;
  reportedStolen: boolean;
  registry: string;
  reportRef?: string;
}

export interface DonatedBike {
  intakeId: string;
  frameSerial: string;
  make: string;
  colour: string;
}

declare const registryMirrors: readonly [string, string];

declare const intakeLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

async function queryMirror(base: string, serial: string, signal: AbortSignal): Promise<FrameCheck> {
  const res = await fetch(`${base}/frames/${encodeURIComponent(serial)}`, { signal });
  if (res.status === 404) return { serial, reportedStolen: false, registry: base };
  if (!res.ok) throw new Error(`${base} answered ${res.status}`);
  const body = (await res.json()) as { stolen: boolean; ref?: string };
  return { serial, reportedStolen: body.stolen, registry: base, reportRef: body.ref };
}

export async function checkFrame(serial: string, deadlineMs: number, signal?: AbortSignal): Promise<FrameCheck> {
  const race = new AbortController();
  const combined = signal ? AbortSignal.any([signal, race.signal]) : race.signal;
  try {
    return await Promise.race([
      queryMirror(registryMirrors[0], serial, combined),
      queryMirror(registryMirrors[1], serial, combined),
      sleep(deadlineMs, undefined, { signal: combined }).then((): never => {
        throw new Error(`stolen-bike registries did not answer within ${deadlineMs}ms`);
      }),
    ]);
  } finally {
    race.abort();
  }
}

export async function screenIntake(
  bikes: DonatedBike[],
  signal?: AbortSignal,
): Promise<{ cleared: string[]; held: FrameCheck[]; unchecked: string[] }> {
  const cleared: string[] = [];
  const held: FrameCheck[] = [];
  const unchecked: string[] = [];
  for (const bike of bikes) {
    const serial = bike.frameSerial.replace(/\s+/g, '').toUpperCase();
    if (serial.length < 5) {
      unchecked.push(bike.intakeId);
      continue;
    }
    const result = await checkFrame(serial, 4_000, signal);
    if (result.reportedStolen) held.push(result);
    else cleared.push(bike.intakeId);
  }
  intakeLog.info('intake screened', { cleared: cleared.length, held: held.length, unchecked: unchecked.length });
  return { cleared, held, unchecked };
}
