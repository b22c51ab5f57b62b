// expect: no-unobserved-promise
// The roast profile load is started before the multi-minute drum preheat and only awaited afterwards, so an early rejection goes unhandled.
export interface RoastProfile {
  profileId: string;
  chargeTempC: number;
  dropTempC: number;
  airflowSteps: Array<{ atSeconds: number; percent: number }>;
}

export interface GreenBatch {
  batchId: string;
  origin: string;
  profileId: string;
  greenKg: number;
  moisturePercent: number;
}

export interface RoastSession {
  batchId: string;
  profile: RoastProfile;
  chargedKg: number;
  startedAt: Date;
}

declare const profileStore: { load(profileId: string): Promise<RoastProfile> };
declare const drum: {
  preheat(celsius: number): Promise<{ reachedC: number; seconds: number }>;
  charge(kg: number): Promise<void>;
  setAirflow(percent: number): Promise<void>;
};
declare const hopperScale: { weigh(): Promise<number>; tare(): Promise<void> };
declare const roastLog: { info(msg: string, data?: Record<string, unknown>): void };

const DEFAULT_CHARGE_C = 205;
const MAX_MOISTURE = 12.5;

export class RoastController {
  private active: RoastSession | undefined;

  async startRoast(batch: GreenBatch): Promise<RoastSession> {
    if (this.active) {
      throw new Error(`Drum busy with ${this.active.batchId}`);
    }
    if (batch.moisturePercent > MAX_MOISTURE) {
      throw new Error(`Batch ${batch.batchId} too wet to roast (${batch.moisturePercent}%)`);
    }

    const profilePromise = profileStore.load(batch.profileId);

    const preheat = await drum.preheat(DEFAULT_CHARGE_C);
    roastLog.info('drum preheated', { batchId: batch.batchId, ...preheat });

    await hopperScale.tare();
    const weighed = await hopperScale.weigh();
    if (Math.abs(weighed - batch.greenKg) > 0.2) {
      roastLog.info('hopper weight differs from batch record', { expected: batch.greenKg, weighed });
    }

    const profile = await profilePromise;
    if (Math.abs(profile.chargeTempC - preheat.reachedC) > 5) {
      await drum.preheat(profile.chargeTempC);
    }

    await drum.charge(weighed);
    const firstStep = profile.airflowSteps.find((s) => s.atSeconds === 0);
    if (firstStep) await drum.setAirflow(firstStep.percent);

    this.active = { batchId: batch.batchId, profile, chargedKg: weighed, startedAt: new Date() };
    return this.active;
  }

  airflowAt(seconds: number): number | undefined {
    if (!this.active) return undefined;
    const steps = this.active.profile.airflowSteps.filter((s) => s.atSeconds <= seconds);
    return steps.length ? steps[steps.length - 1].percent : undefined;
  }

  finish(): RoastSession | undefined {
    const session = this.active;
    this.active = undefined;
    return session;
  }
}

export function expectedRoastedKg(batch: GreenBatch, lossPercent = 15): number {
  return Math.round(batch.greenKg * (1 - lossPercent / 100) * 100) / 100;
}
