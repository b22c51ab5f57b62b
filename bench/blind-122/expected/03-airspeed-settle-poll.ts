// expect: none
// The poll loop calls rig.readAirspeed() afresh on every iteration, so each check sees a new measurement.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AirspeedSample {
  ms: number;
  turbulencePct: number;
  at: number;
}

export interface TunnelController {
  setFanRpm(rpm: number): Promise<void>;
  readAirspeed(): Promise<AirspeedSample>;
}

export interface SettleOptions {
  toleranceMs?: number;
  maxTurbulencePct?: number;
  stableSamples?: number;
  intervalMs?: number;
  timeoutMs?: number;
}

export async function waitForSteadyFlow(
  rig: TunnelController,
  targetMs: number,
  options: SettleOptions = {},
): Promise<AirspeedSample> {
  const tolerance = options.toleranceMs ?? 0.2;
  const maxTurb = options.maxTurbulencePct ?? 0.5;
  const needed = options.stableSamples ?? 5;
  const interval = options.intervalMs ?? 200;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);

  let stable = 0;
  let last: AirspeedSample | undefined;
  while (Date.now() < deadline) {
    last = await rig.readAirspeed();
    const ok = Math.abs(last.ms - targetMs) <= tolerance && last.turbulencePct <= maxTurb;
    stable = ok ? stable + 1 : 0;
    if (stable >= needed) {
      return last;
    }
    await sleep(interval);
  }
  throw new Error(
    `flow did not settle at ${targetMs} m/s (last ${last?.ms.toFixed(2) ?? 'n/a'} m/s, ` +
      `${last?.turbulencePct.toFixed(2) ?? 'n/a'}% turbulence)`,
  );
}

export async function stepSweep(
  rig: TunnelController,
  steps: Array<{ rpm: number; expectedMs: number }>,
): Promise<AirspeedSample[]> {
  const samples: AirspeedSample[] = [];
  for (const step of steps) {
    await rig.setFanRpm(step.rpm);
    samples.push(await waitForSteadyFlow(rig, step.expectedMs));
  }
  return samples;
}
