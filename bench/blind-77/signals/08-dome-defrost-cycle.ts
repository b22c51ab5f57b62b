// expect: none
// Correct: the received signal goes to spawn, events.once and the timers/promises interval, and an 'abort' listener (removed in finally) cuts heater power; abort errors propagate.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setInterval as every } from 'node:timers/promises';

export interface DomeDefrostPlan {
  domeId: string;
  zones: number[];
  targetC: number;
  maxMinutes: number;
}

declare const heaterRelay: {
  setDuty(domeId: string, zone: number, pct: number): void;
  readSkinTempC(domeId: string, zone: number): Promise<number>;
};
declare const domeConfig: { shutterCli: string };

function cutPower(plan: DomeDefrostPlan): void {
  for (const zone of plan.zones) heaterRelay.setDuty(plan.domeId, zone, 0);
}

async function parkShutter(domeId: string, signal: AbortSignal): Promise<void> {
  const child = spawn(domeConfig.shutterCli, ['--dome', domeId, '--park'], { signal, stdio: 'ignore' });
  const [code] = (await once(child, 'close', { signal })) as [number | null];
  if (code !== 0) throw new Error(`shutter park for ${domeId} exited with ${code}`);
}

export async function runDefrostCycle(plan: DomeDefrostPlan, signal: AbortSignal): Promise<number> {
  signal.throwIfAborted();
  await parkShutter(plan.domeId, signal);

  const onAbort = () => cutPower(plan);
  signal.addEventListener('abort', onAbort, { once: true });

  const started = Date.now();
  try {
    for (const zone of plan.zones) heaterRelay.setDuty(plan.domeId, zone, 60);

    for await (const _ of every(5_000, undefined, { signal })) {
      const temps = await Promise.all(plan.zones.map((z) => heaterRelay.readSkinTempC(plan.domeId, z)));
      let allWarm = true;
      temps.forEach((t, i) => {
        const zone = plan.zones[i];
        const duty = t >= plan.targetC ? 0 : Math.min(100, 40 + (plan.targetC - t) * 12);
        if (duty > 0) allWarm = false;
        heaterRelay.setDuty(plan.domeId, zone, duty);
      });

      const minutes = (Date.now() - started) / 60_000;
      if (allWarm) return minutes;
      if (minutes > plan.maxMinutes) {
        throw new Error(`dome ${plan.domeId} still iced after ${plan.maxMinutes} min`);
      }
    }
    throw new Error('defrost interval ended unexpectedly');
  } finally {
    signal.removeEventListener('abort', onAbort);
    cutPower(plan);
  }
}
