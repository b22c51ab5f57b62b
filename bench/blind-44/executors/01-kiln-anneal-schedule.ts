// expect: no-multiple-settle
// waitForSetpoint resolves once the reading is in band but never clears the ramp deadline timer, which later fires reject on the settled promise.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface KilnReading {
  kilnId: string;
  celsius: number;
  at: number;
}

export interface KilnController extends EventEmitter {
  readonly id: string;
  setTarget(celsius: number): void;
  currentTarget(): number;
}

export interface AnnealStage {
  name: string;
  targetC: number;
  toleranceC: number;
  holdMinutes: number;
  maxRampMinutes: number;
}

declare function openKiln(id: string): KilnController;
declare const firingLog: {
  record(kilnId: string, stage: string, detail: Record<string, unknown>): void;
};

export const SODA_LIME_ANNEAL: AnnealStage[] = [
  { name: 'garage', targetC: 515, toleranceC: 4, holdMinutes: 30, maxRampMinutes: 45 },
  { name: 'soak', targetC: 482, toleranceC: 3, holdMinutes: 60, maxRampMinutes: 30 },
  { name: 'slow-cool', targetC: 427, toleranceC: 5, holdMinutes: 20, maxRampMinutes: 120 },
  { name: 'fast-cool', targetC: 370, toleranceC: 8, holdMinutes: 0, maxRampMinutes: 90 },
];

function waitForSetpoint(kiln: KilnController, stage: AnnealStage): Promise<KilnReading> {
  return new Promise<KilnReading>((resolve, reject) => {
    const deadline = setTimeout(() => {
      kiln.off('reading', onReading);
      kiln.off('fault', onFault);
      reject(
        new Error(
          `kiln ${kiln.id} did not reach ${stage.targetC}°C for stage ${stage.name} within ${stage.maxRampMinutes} min`,
        ),
      );
    }, stage.maxRampMinutes * 60_000);

    const onReading = (reading: KilnReading) => {
      if (Math.abs(reading.celsius - stage.targetC) > stage.toleranceC) {
        return;
      }
      kiln.off('reading', onReading);
      kiln.off('fault', onFault);
      resolve(reading);
    };

    const onFault = (err: Error) => {
      clearTimeout(deadline);
      kiln.off('reading', onReading);
      reject(err);
    };

    kiln.on('reading', onReading);
    kiln.once('fault', onFault);
  });
}

export interface AnnealSummary {
  kilnId: string;
  stages: Array<{ name: string; reachedAt: number; celsius: number }>;
  startedAt: number;
  finishedAt: number;
}

export async function runAnneal(
  kilnId: string,
  schedule: AnnealStage[] = SODA_LIME_ANNEAL,
): Promise<AnnealSummary> {
  const kiln = openKiln(kilnId);
  const startedAt = Date.now();
  const stages: AnnealSummary['stages'] = [];

  for (const stage of schedule) {
    kiln.setTarget(stage.targetC);
    firingLog.record(kilnId, stage.name, { target: stage.targetC, phase: 'ramp' });

    const reading = await waitForSetpoint(kiln, stage);
    stages.push({ name: stage.name, reachedAt: reading.at, celsius: reading.celsius });
    firingLog.record(kilnId, stage.name, {
      phase: 'hold',
      celsius: reading.celsius,
      rampSeconds: Math.round((reading.at - startedAt) / 1000),
    });

    if (stage.holdMinutes > 0) {
      await sleep(stage.holdMinutes * 60_000);
    }
  }

  kiln.setTarget(0);
  return { kilnId, stages, startedAt, finishedAt: Date.now() };
}

export function describeSchedule(schedule: AnnealStage[]): string {
  const totalHold = schedule.reduce((sum, s) => sum + s.holdMinutes, 0);
  const worstRamp = schedule.reduce((sum, s) => sum + s.maxRampMinutes, 0);
  return `${schedule.length} stages, ${totalHold} min hold, up to ${worstRamp} min ramp`;
}
