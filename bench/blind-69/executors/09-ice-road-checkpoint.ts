// expect: no-multiple-settle
// requestClearance's callback handles 'proceed' and 'deny' but the 'hold' reply only logs, so that path never settles and the convoy stalls.
export interface ClearanceRequest {
  convoyId: string;
  checkpointId: string;
  grossTonnes: number;
  trucks: number;
}

export interface TravelWindow {
  opensAt: string;
  closesAt: string;
  maxSpeedKmh: number;
  spacingMeters: number;
}

export type ClearanceReply =
  | { decision: 'proceed'; window: TravelWindow }
  | { decision: 'deny'; reason: string }
  | { decision: 'hold'; retryAfterSec: number; iceThicknessCm: number };

declare const checkpointRadio: {
  requestClearance(req: ClearanceRequest, callback: (err: Error | null, reply?: ClearanceReply) => void): void;
};

declare const dispatchLog: {
  info(message: string): void;
  warn(message: string): void;
};

export class ClearanceDeniedError extends Error {
  constructor(readonly checkpointId: string, reason: string) {
    super(`checkpoint ${checkpointId} denied passage: ${reason}`);
    this.name = 'ClearanceDeniedError';
  }
}

export function requestClearance(req: ClearanceRequest): Promise<TravelWindow> {
  return new Promise<TravelWindow>((resolve, reject) => {
    checkpointRadio.requestClearance(req, (err, reply) => {
      if (err || !reply) {
        reject(err ?? new Error(`empty reply from checkpoint ${req.checkpointId}`));
        return;
      }
      if (reply.decision === 'proceed') {
        resolve(reply.window);
        return;
      }
      if (reply.decision === 'deny') {
        reject(new ClearanceDeniedError(req.checkpointId, reply.reason));
        return;
      }
      dispatchLog.info(
        `checkpoint ${req.checkpointId} holding convoy ${req.convoyId} for ${reply.retryAfterSec}s ` +
          `(ice ${reply.iceThicknessCm}cm)`,
      );
    });
  });
}

export interface ConvoyLeg {
  checkpointId: string;
  distanceKm: number;
}

export interface ConvoyPlan {
  convoyId: string;
  trucks: number;
  grossTonnes: number;
  legs: ConvoyLeg[];
}

export interface LegSchedule {
  checkpointId: string;
  departAfter: string;
  etaMinutes: number;
}

export async function scheduleConvoy(plan: ConvoyPlan): Promise<LegSchedule[]> {
  const schedule: LegSchedule[] = [];
  for (const leg of plan.legs) {
    const window = await requestClearance({
      convoyId: plan.convoyId,
      checkpointId: leg.checkpointId,
      grossTonnes: plan.grossTonnes,
      trucks: plan.trucks,
    });
    const etaMinutes = Math.ceil((leg.distanceKm / window.maxSpeedKmh) * 60);
    if (window.spacingMeters * plan.trucks > 5_000) {
      dispatchLog.warn(`convoy ${plan.convoyId} stretches past 5km on leg to ${leg.checkpointId}`);
    }
    schedule.push({ checkpointId: leg.checkpointId, departAfter: window.opensAt, etaMinutes });
  }
  return schedule;
}
