// expect: no-reused-settled-promise
// waitForCure starts one readCureState request and re-awaits that same settled promise on every poll, so it never sees the resin progress.
import { setTimeout as sleep } from 'node:timers/promises';

export type CurePhase = 'wet' | 'gelling' | 'curing' | 'cured' | 'failed';

export interface CureState {
  frameId: string;
  phase: CurePhase;
  chamberTempC: number;
  hardnessShoreD: number;
  updatedAt: string;
}

export interface FrameJob {
  frameId: string;
  customer: string;
  tubeSet: 'road' | 'gravel' | 'cargo';
  lugWraps: number;
}

declare const curingChamber: {
  readCureState(frameId: string): Promise<CureState>;
  setTemperature(frameId: string, celsius: number): Promise<void>;
};

declare const workshopLog: {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

export class CureFailedError extends Error {
  constructor(readonly state: CureState) {
    super(`frame ${state.frameId} failed to cure (hardness ${state.hardnessShoreD} Shore D)`);
    this.name = 'CureFailedError';
  }
}

const TARGET_HARDNESS: Record<FrameJob['tubeSet'], number> = {
  road: 82,
  gravel: 84,
  cargo: 86,
};

export function cureTemperatureFor(job: FrameJob): number {
  // Thicker hemp wraps need a gentler ramp or the outer layers skin over first.
  const base = 45;
  return job.lugWraps > 10 ? base - 5 : base;
}

export async function waitForCure(
  frameId: string,
  options: { pollMs?: number; maxPolls?: number; targetHardness?: number } = {},
): Promise<CureState> {
  const pollMs = options.pollMs ?? 30_000;
  const maxPolls = options.maxPolls ?? 240;
  const targetHardness = options.targetHardness ?? 82;
  const reading = curingChamber.readCureState(frameId);

  for (let poll = 1; poll <= maxPolls; poll++) {
    const state = await reading;
    if (state.phase === 'failed') throw new CureFailedError(state);
    if (state.phase === 'cured' && state.hardnessShoreD >= targetHardness) return state;
    workshopLog.debug('frame still curing', {
      frameId,
      poll,
      phase: state.phase,
      hardness: state.hardnessShoreD,
    });
    await sleep(pollMs);
  }
  throw new Error(`frame ${frameId} not cured after ${Math.round((maxPolls * pollMs) / 60_000)} minutes`);
}

export async function cureFrame(job: FrameJob): Promise<CureState> {
  await curingChamber.setTemperature(job.frameId, cureTemperatureFor(job));
  const state = await waitForCure(job.frameId, { targetHardness: TARGET_HARDNESS[job.tubeSet] });
  workshopLog.info('frame cured', { frameId: job.frameId, customer: job.customer, hardness: state.hardnessShoreD });
  await curingChamber.setTemperature(job.frameId, 20);
  return state;
}
