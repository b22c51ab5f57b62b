// expect: none
// The polling interval is cleared before every resolve or reject and each branch returns, so the repeating callback can settle the promise only once and stops running afterwards.
export type MeterState = 'hired' | 'stopped' | 'idle' | 'fault';

export interface MeterSnapshot {
  meterId: string;
  state: MeterState;
  fareCents: number;
  distanceM: number;
  readAt: number;
}

export interface MeterPort {
  snapshot(): MeterSnapshot;
}

export interface TripRecord {
  tripId: string;
  meterId: string;
  reportedFareCents: number;
  reportedDistanceM: number;
}

export interface AuditFinding {
  tripId: string;
  fareDeltaCents: number;
  distanceDeltaM: number;
  flagged: boolean;
}

export function waitForMeterIdle(meter: MeterPort, pollMs = 500, maxWaitMs = 60_000): Promise<MeterSnapshot> {
  return new Promise<MeterSnapshot>((resolve, reject) => {
    const started = Date.now();
    const interval = setInterval(() => {
      let snap: MeterSnapshot;
      try {
        snap = meter.snapshot();
      } catch (err) {
        clearInterval(interval);
        reject(err);
        return;
      }
      if (snap.state === 'fault') {
        clearInterval(interval);
        reject(new Error(`meter ${snap.meterId} reported a fault during audit`));
        return;
      }
      if (snap.state === 'idle') {
        clearInterval(interval);
        resolve(snap);
        return;
      }
      if (Date.now() - started > maxWaitMs) {
        clearInterval(interval);
        reject(new Error(`meter ${snap.meterId} still ${snap.state} after ${maxWaitMs}ms`));
      }
    }, pollMs);
  });
}

export async function auditTrip(meter: MeterPort, trip: TripRecord, toleranceCents = 50): Promise<AuditFinding> {
  const final = await waitForMeterIdle(meter);
  if (final.meterId !== trip.meterId) {
    throw new Error(`audit rig is attached to ${final.meterId}, trip ${trip.tripId} used ${trip.meterId}`);
  }
  const fareDeltaCents = trip.reportedFareCents - final.fareCents;
  const distanceDeltaM = trip.reportedDistanceM - final.distanceM;
  return {
    tripId: trip.tripId,
    fareDeltaCents,
    distanceDeltaM,
    flagged: Math.abs(fareDeltaCents) > toleranceCents || Math.abs(distanceDeltaM) > 100,
  };
}
