// expect: no-leaked-race
// readWithTimeout races the SCADA read against a setTimeout that is never cleared, and the losing read is never aborted, so every fast read leaves a pending timer and every timeout leaves a request running.
export interface TurbineTelemetry {
  turbineId: string;
  rotorRpm: number;
  powerKw: number;
  nacelleTempC: number;
  pitchDeg: number;
  status: 'running' | 'idle' | 'fault' | 'maintenance';
}

declare const scada: {
  baseUrl: string;
  token: string;
};

class TimeoutError extends Error {
  constructor(turbineId: string, ms: number) {
    super(`SCADA read for ${turbineId} timed out after ${ms}ms`);
    this.name = 'TimeoutError';
  }
}

async function readTurbine(turbineId: string): Promise<TurbineTelemetry> {
  const res = await fetch(`${scada.baseUrl}/turbines/${turbineId}/telemetry`, {
    headers: { authorization: `Bearer ${scada.token}` },
  });
  if (!res.ok) throw new Error(`SCADA ${res.status} for ${turbineId}`);
  return (await res.json()) as TurbineTelemetry;
}

function readWithTimeout(turbineId: string, ms: number): Promise<TurbineTelemetry> {
  return Promise.race([
    readTurbine(turbineId),
    new Promise<never>((_, reject) => setTimeout(() => reject(new TimeoutError(turbineId, ms)), ms)),
  ]);
}

export interface FarmSnapshot {
  takenAt: Date;
  turbines: TurbineTelemetry[];
  unreachable: string[];
  totalPowerMw: number;
}

export async function snapshotFarm(turbineIds: string[], perTurbineMs = 3_000): Promise<FarmSnapshot> {
  const turbines: TurbineTelemetry[] = [];
  const unreachable: string[] = [];

  const settled = await Promise.allSettled(turbineIds.map((id) => readWithTimeout(id, perTurbineMs)));
  settled.forEach((r, i) => {
    if (r.status === 'fulfilled') turbines.push(r.value);
    else unreachable.push(turbineIds[i]);
  });

  return {
    takenAt: new Date(),
    turbines,
    unreachable,
    totalPowerMw: turbines.reduce((sum, t) => sum + t.powerKw, 0) / 1000,
  };
}

export function maintenanceCandidates(snap: FarmSnapshot): string[] {
  return snap.turbines
    .filter((t) => t.status === 'fault' || t.nacelleTempC > 75 || (t.status === 'running' && t.powerKw < 50))
    .map((t) => t.turbineId)
    .concat(snap.unreachable);
}
