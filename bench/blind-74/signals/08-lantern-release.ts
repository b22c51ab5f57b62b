// expect: none
// The signal is checked between waves and passed to every call that accepts one; the catch records the outcome for the audit trail and then rethrows the original error, AbortError included.
import { setTimeout as countdown } from 'node:timers/promises';

export interface Wave {
  id: string;
  lanterns: number;
  intervalAfterMs: number;
}

export interface LaunchOutcome {
  waveId: string;
  state: 'released' | 'aborted' | 'failed';
  at: string;
}

declare const ignitionRail: {
  light(waveId: string, count: number, options: { signal: AbortSignal }): Promise<number>;
  release(waveId: string, options: { signal: AbortSignal }): Promise<void>;
};

declare const auditTrail: {
  record(outcome: LaunchOutcome): Promise<void>;
};

declare const FESTIVAL_API: string;

async function windOk(signal: AbortSignal): Promise<boolean> {
  const res = await fetch(`${FESTIVAL_API}/conditions/wind`, { signal });
  if (!res.ok) return false;
  const { gustKph } = (await res.json()) as { gustKph: number };
  return gustKph < 15;
}

async function launchWave(wave: Wave, signal: AbortSignal): Promise<void> {
  const lit = await ignitionRail.light(wave.id, wave.lanterns, { signal });
  if (lit < wave.lanterns * 0.9) {
    throw new Error(`only ${lit}/${wave.lanterns} lanterns lit in wave ${wave.id}`);
  }
  // Give the envelopes time to fill with hot air before letting go.
  await countdown(20_000, undefined, { signal });
  await ignitionRail.release(wave.id, { signal });
}

export async function runRelease(waves: Wave[], signal: AbortSignal): Promise<LaunchOutcome[]> {
  const outcomes: LaunchOutcome[] = [];
  for (const wave of waves) {
    signal.throwIfAborted();
    if (!(await windOk(signal))) {
      throw new Error(`wind too strong to release wave ${wave.id}`);
    }
    try {
      await launchWave(wave, signal);
      const outcome: LaunchOutcome = { waveId: wave.id, state: 'released', at: new Date().toISOString() };
      outcomes.push(outcome);
      await auditTrail.record(outcome);
    } catch (err) {
      const outcome: LaunchOutcome = {
        waveId: wave.id,
        state: signal.aborted ? 'aborted' : 'failed',
        at: new Date().toISOString(),
      };
      // Never let an audit hiccup mask the real reason the wave stopped.
      await auditTrail.record(outcome).catch((auditErr: unknown) => {
        console.error('audit trail unavailable', outcome, auditErr);
      });
      throw err;
    }
    await countdown(wave.intervalAfterMs, undefined, { signal });
  }
  return outcomes;
}

export function totalLanterns(waves: Wave[]): number {
  return waves.reduce((n, w) => n + w.lanterns, 0);
}
