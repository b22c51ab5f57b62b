// expect: none
// The worker executor handles 'message', 'error' and 'exit'; a settled flag makes the exit after a result a no-op.
import { Worker } from 'node:worker_threads';

export interface ChargeSession {
  bayId: number;
  vehiclePlate: string;
  startSoc: number;
  targetSoc: number;
  batteryKwh: number;
}

export interface ChargePlan {
  bayId: number;
  kw: number;
  minutes: number;
  tariffBand: 'offpeak' | 'shoulder' | 'peak';
}

declare const hubConfig: {
  plannerScript: URL;
  maxHubKw: number;
};

declare const billing: {
  reserve(plate: string, kwh: number): Promise<string>;
};

type WorkerReply = { ok: true; plans: ChargePlan[] } | { ok: false; error: string };

export function planCharging(sessions: readonly ChargeSession[]): Promise<ChargePlan[]> {
  return new Promise<ChargePlan[]>((resolve, reject) => {
    const worker = new Worker(hubConfig.plannerScript, {
      workerData: { sessions, maxHubKw: hubConfig.maxHubKw },
    });
    let settled = false;

    const finish = (err: Error | null, plans?: ChargePlan[]) => {
      if (settled) {
        return;
      }
      settled = true;
      if (err) {
        reject(err);
      } else {
        resolve(plans ?? []);
      }
    };

    worker.once('message', (reply: WorkerReply) => {
      if (reply.ok) {
        finish(null, reply.plans);
      } else {
        finish(new Error(`planner rejected input: ${reply.error}`));
      }
    });
    worker.once('error', (err) => finish(err));
    worker.once('exit', (code) => {
      finish(new Error(`planner worker exited with code ${code} before replying`));
    });
  });
}

function energyNeeded(s: ChargeSession): number {
  const delta = Math.max(0, s.targetSoc - s.startSoc);
  return (delta / 100) * s.batteryKwh;
}

export async function scheduleBays(sessions: readonly ChargeSession[]): Promise<Map<number, string>> {
  const eligible = sessions.filter((s) => energyNeeded(s) > 0.2);
  if (eligible.length === 0) {
    return new Map();
  }

  const plans = await planCharging(eligible);
  const reservations = new Map<number, string>();
  for (const plan of plans) {
    const session = eligible.find((s) => s.bayId === plan.bayId);
    if (!session) {
      continue;
    }
    const reservationId = await billing.reserve(session.vehiclePlate, energyNeeded(session));
    reservations.set(plan.bayId, reservationId);
  }
  return reservations;
}

export function peakShare(plans: readonly ChargePlan[]): number {
  if (plans.length === 0) {
    return 0;
  }
  const peak = plans.filter((p) => p.tariffBand === 'peak').length;
  return peak / plans.length;
}
