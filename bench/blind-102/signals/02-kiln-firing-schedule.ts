// expect: none
// The firing's AbortSignal is handed to every cancellable step: the controller HTTP calls, the hold sleep from timers/promises and the events.once wait for the thermocouple, so aborting a firing interrupts whichever step is running.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RampSegment {
  ratePerHour: number;
  targetC: number;
  holdMinutes: number;
}

export interface FiringProgram {
  name: string;
  cone: string;
  segments: RampSegment[];
}

export interface FireOptions {
  controllerUrl: string;
  signal?: AbortSignal;
}

async function postSetpoint(url: string, segment: RampSegment, signal?: AbortSignal): Promise<void> {
  const res = await fetch(`${url}/setpoint`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rate: segment.ratePerHour, target: segment.targetC }),
    signal,
  });
  if (!res.ok) throw new Error(`kiln controller rejected setpoint: HTTP ${res.status}`);
}

async function waitForTemperature(probe: EventEmitter, targetC: number, signal?: AbortSignal): Promise<number> {
  for (;;) {
    const [reading] = (await once(probe, 'reading', { signal })) as [number];
    if (reading >= targetC - 2) return reading;
  }
}

export async function fireKiln(program: FiringProgram, probe: EventEmitter, opts: FireOptions): Promise<number[]> {
  const { controllerUrl, signal } = opts;
  const peaks: number[] = [];

  for (const segment of program.segments) {
    signal?.throwIfAborted();
    await postSetpoint(controllerUrl, segment, signal);
    peaks.push(await waitForTemperature(probe, segment.targetC, signal));
    if (segment.holdMinutes > 0) {
      await sleep(segment.holdMinutes * 60_000, undefined, { signal });
    }
  }

  const res = await fetch(`${controllerUrl}/cooldown`, { method: 'POST', signal });
  if (!res.ok) throw new Error(`cooldown command failed: HTTP ${res.status}`);
  return peaks;
}

export const CONE_6_GLAZE: FiringProgram = {
  name: 'cone 6 glaze (medium)',
  cone: '6',
  segments: [
    { ratePerHour: 150, targetC: 220, holdMinutes: 0 },
    { ratePerHour: 200, targetC: 1100, holdMinutes: 0 },
    { ratePerHour: 60, targetC: 1222, holdMinutes: 10 },
  ],
};
