// expect: none
// Each stored deferred is detached from the map before it is resolved or rejected, so repeated temperature events can settle any given waiter only once.
import { EventEmitter } from 'node:events';

export type AnnealStage = 'soak' | 'strain-point' | 'cool-down' | 'ambient';

export interface StageReached {
  stage: AnnealStage;
  furnaceTempC: number;
  at: Date;
}

interface LehrController extends EventEmitter {
  readonly furnaceId: string;
  setProgram(program: Array<{ stage: AnnealStage; targetC: number; rampCPerHour: number }>): void;
}

declare function connectLehr(furnaceId: string): LehrController;

const STAGE_TARGETS: Record<AnnealStage, number> = {
  soak: 482,
  'strain-point': 427,
  'cool-down': 150,
  ambient: 40,
};

export class AnnealCycle {
  private readonly lehr: LehrController;
  private readonly waiters = new Map<AnnealStage, PromiseWithResolvers<StageReached>>();

  constructor(furnaceId: string) {
    this.lehr = connectLehr(furnaceId);
    this.lehr.on('temperature', (tempC: number) => this.onTemperature(tempC));
    this.lehr.on('fault', (code: string) => this.failAll(new Error(`lehr ${furnaceId} fault ${code}`)));
  }

  start(wallThicknessMm: number): void {
    // Rule of thumb: thicker ware needs a slower ramp through the strain point.
    const ramp = Math.max(20, 120 - wallThicknessMm * 8);
    this.lehr.setProgram(
      (Object.keys(STAGE_TARGETS) as AnnealStage[]).map((stage) => ({
        stage,
        targetC: STAGE_TARGETS[stage],
        rampCPerHour: stage === 'soak' ? 200 : ramp,
      })),
    );
  }

  waitFor(stage: AnnealStage): Promise<StageReached> {
    let waiter = this.waiters.get(stage);
    if (!waiter) {
      waiter = Promise.withResolvers<StageReached>();
      this.waiters.set(stage, waiter);
    }
    return waiter.promise;
  }

  private onTemperature(tempC: number): void {
    for (const [stage, waiter] of this.waiters) {
      const target = STAGE_TARGETS[stage];
      const reached = stage === 'soak' ? tempC >= target : tempC <= target;
      if (!reached) continue;
      this.waiters.delete(stage);
      waiter.resolve({ stage, furnaceTempC: tempC, at: new Date() });
    }
  }

  private failAll(error: Error): void {
    const pending = [...this.waiters.values()];
    this.waiters.clear();
    for (const waiter of pending) waiter.reject(error);
  }
}

export async function annealBatch(furnaceId: string, wallThicknessMm: number, log: (msg: string) => void): Promise<number> {
  const cycle = new AnnealCycle(furnaceId);
  const soaked = cycle.waitFor('soak');
  cycle.start(wallThicknessMm);
  const soak = await soaked;
  log(`soak reached at ${soak.furnaceTempC}°C`);
  const strain = await cycle.waitFor('strain-point');
  log(`through strain point at ${strain.at.toISOString()}`);
  const done = await cycle.waitFor('ambient');
  return done.at.getTime() - soak.at.getTime();
}
