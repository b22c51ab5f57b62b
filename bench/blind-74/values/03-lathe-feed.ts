// expect: no-read-before-settle
// prepare() updates spindleTempC from a 'telemetry' listener but reads it on the next line after requesting telemetry, so the feed rate is computed from the ambient default.
import { EventEmitter } from 'node:events';

export interface LatheTelemetry {
  latheId: string;
  spindleTempC: number;
  vibrationMmS: number;
  toolWearPct: number;
}

export interface TurningJob {
  sku: string;
  wood: 'beech' | 'maple' | 'cherry' | 'walnut';
  diameterMm: number;
  lengthMm: number;
}

export interface CutPlan {
  sku: string;
  rpm: number;
  feedMmPerRev: number;
  coolingPauseSec: number;
}

declare const lathe: EventEmitter & {
  readonly id: string;
  requestTelemetry(): void;
  load(plan: CutPlan): Promise<void>;
};

const AMBIENT_C = 21;
const HARDNESS: Record<TurningJob['wood'], number> = { beech: 1.0, maple: 1.15, cherry: 0.85, walnut: 0.9 };
const SURFACE_SPEED_M_PER_MIN = 450;

export function feedRateFor(job: TurningJob, spindleTempC: number): number {
  const base = 0.25 / HARDNESS[job.wood];
  // Hot spindles expand the bearings; back off the feed to avoid chatter on thin toy parts.
  const thermal = spindleTempC > 45 ? 0.6 : spindleTempC > 35 ? 0.8 : 1;
  const slender = job.lengthMm / job.diameterMm > 8 ? 0.7 : 1;
  return Math.round(base * thermal * slender * 1000) / 1000;
}

function rpmFor(job: TurningJob): number {
  const rpm = (SURFACE_SPEED_M_PER_MIN * 1000) / (Math.PI * job.diameterMm);
  return Math.min(3000, Math.round(rpm / 50) * 50);
}

export class LatheScheduler {
  private readonly loaded: CutPlan[] = [];

  async prepare(job: TurningJob): Promise<CutPlan> {
    let spindleTempC = AMBIENT_C;
    lathe.once('telemetry', (t: LatheTelemetry) => {
      spindleTempC = t.spindleTempC;
    });
    lathe.requestTelemetry();

    const plan: CutPlan = {
      sku: job.sku,
      rpm: rpmFor(job),
      feedMmPerRev: feedRateFor(job, spindleTempC),
      coolingPauseSec: spindleTempC > 40 ? 90 : 0,
    };
    await lathe.load(plan);
    this.loaded.push(plan);
    return plan;
  }

  async runBatch(jobs: TurningJob[]): Promise<CutPlan[]> {
    const plans: CutPlan[] = [];
    // Long, thin parts first while the spindle is still cool.
    const ordered = [...jobs].sort((a, b) => b.lengthMm / b.diameterMm - a.lengthMm / a.diameterMm);
    for (const job of ordered) {
      plans.push(await this.prepare(job));
    }
    return plans;
  }

  history(): string[] {
    return this.loaded.map((p) => `${p.sku} @ ${p.rpm} rpm, ${p.feedMmPerRev} mm/rev on ${lathe.id}`);
  }
}
