// expect: no-swallowed-abort
// probeKiln turns every failure, including the AbortError from a cancelled firing check, into an ordinary 'unreachable' status that callers act on.
import { setTimeout as delay } from 'node:timers/promises';

export interface KilnStatus {
  kilnId: string;
  state: 'heating' | 'soaking' | 'annealing' | 'cooling' | 'idle' | 'unreachable';
  chamberC: number | null;
  targetC: number | null;
  segment: number | null;
  detail?: string;
}

export interface FiringSchedule {
  kilnId: string;
  paintLayer: 'trace-line' | 'matting' | 'silver-stain' | 'enamel';
  peakC: number;
  soakMin: number;
}

declare const kilnNet: { base: string };
declare const studioAlerts: { notify(message: string): Promise<void> };

export async function probeKiln(kilnId: string, signal: AbortSignal): Promise<KilnStatus> {
  try {
    const res = await fetch(`${kilnNet.base}/kilns/${kilnId}/status`, { signal });
    if (!res.ok) {
      return { kilnId, state: 'unreachable', chamberC: null, targetC: null, segment: null, detail: `HTTP ${res.status}` };
    }
    return (await res.json()) as KilnStatus;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { kilnId, state: 'unreachable', chamberC: null, targetC: null, segment: null, detail };
  }
}

function overshoot(status: KilnStatus, schedule: FiringSchedule): number {
  if (status.chamberC === null) return 0;
  return status.chamberC - schedule.peakC;
}

export async function watchFiring(schedule: FiringSchedule, signal: AbortSignal, everyMs = 30_000): Promise<KilnStatus> {
  let unreachableStreak = 0;
  for (;;) {
    const status = await probeKiln(schedule.kilnId, signal);
    if (status.state === 'unreachable') {
      unreachableStreak += 1;
      if (unreachableStreak >= 3) {
        await studioAlerts.notify(`kiln ${schedule.kilnId} not answering during ${schedule.paintLayer} firing: ${status.detail}`);
        return status;
      }
    } else {
      unreachableStreak = 0;
      const over = overshoot(status, schedule);
      if (over > 12 && schedule.paintLayer === 'silver-stain') {
        await studioAlerts.notify(`kiln ${schedule.kilnId} ${over}°C over peak, silver stain will go orange`);
      }
      if (status.state === 'idle' || status.state === 'cooling') {
        return status;
      }
    }
    await delay(everyMs, undefined, { signal });
  }
}
