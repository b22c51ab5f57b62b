// expect: no-multiple-settle
// resolve(plan) sits inside a try whose later statement (the launch-log append) can throw into the catch that calls reject, so a logging failure rejects an already-resolved promise and the error is silently lost.
import { Worker } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';

export interface LaunchSite {
  name: string;
  lat: number;
  lon: number;
}

export interface WindLayer {
  altitudeM: number;
  speedKts: number;
  fromDeg: number;
}

export interface TrajectoryPlan {
  site: string;
  landingLat: number;
  landingLon: number;
  flightMinutes: number;
  maxAltitudeM: number;
}

function assertPlan(raw: unknown, site: string): TrajectoryPlan {
  if (typeof raw !== 'object' || raw === null) throw new TypeError('planner returned no plan');
  const plan = raw as Partial<TrajectoryPlan>;
  if (typeof plan.landingLat !== 'number' || typeof plan.landingLon !== 'number') {
    throw new TypeError(`planner returned a plan without a landing zone for ${site}`);
  }
  return { site, landingLat: plan.landingLat, landingLon: plan.landingLon, flightMinutes: plan.flightMinutes ?? 0, maxAltitudeM: plan.maxAltitudeM ?? 0 };
}

export class TrajectoryPlanner {
  constructor(
    private readonly workerUrl = new URL('./trajectory-worker.js', import.meta.url),
    private readonly launchLogPath = '/var/log/balloon/launch-plans.ndjson',
  ) {}

  plan(site: LaunchSite, winds: WindLayer[], burnerMinutes: number): Promise<TrajectoryPlan> {
    return new Promise<TrajectoryPlan>((resolve, reject) => {
      const worker = new Worker(this.workerUrl, { workerData: { site, winds, burnerMinutes } });

      const cleanup = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };

      const onMessage = (raw: unknown) => {
        cleanup();
        try {
          const plan = assertPlan(raw, site.name);
          resolve(plan);
          appendFileSync(this.launchLogPath, `${JSON.stringify({ ...plan, plannedAt: new Date().toISOString() })}\n`);
        } catch (err) {
          reject(err);
        }
      };

      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };

      const onExit = (code: number) => {
        cleanup();
        reject(new Error(`trajectory worker for ${site.name} exited with code ${code} before answering`));
      };

      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  }
}

export async function morningBriefing(planner: TrajectoryPlanner, sites: LaunchSite[], winds: WindLayer[]): Promise<string[]> {
  const lines: string[] = [];
  for (const site of sites) {
    const plan = await planner.plan(site, winds, 75);
    lines.push(`${site.name}: land near ${plan.landingLat.toFixed(3)},${plan.landingLon.toFixed(3)} after ~${plan.flightMinutes} min`);
  }
  return lines;
}
