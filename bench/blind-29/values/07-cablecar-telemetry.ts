// expect: none
// In-flight promises are stored in a Map on purpose and `??` picks between two promises that are both awaited by the caller; cached values are plain data, not promises.
export interface CabinReading {
  cabinId: string;
  lineId: string;
  windKmh: number;
  gripTempC: number;
  positionM: number;
  takenAt: number;
}

declare const telemetryGateway: {
  readCabin(cabinId: string, signal: AbortSignal): Promise<CabinReading>;
};
declare const opsLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const FRESH_FOR_MS = 2_000;
const REQUEST_TIMEOUT_MS = 4_000;
const WIND_HOLD_KMH = 65;

export class CabinTelemetryCache {
  private readonly latest = new Map<string, CabinReading>();
  private readonly inflight = new Map<string, Promise<CabinReading>>();

  async reading(cabinId: string): Promise<CabinReading> {
    const cached = this.latest.get(cabinId);
    if (cached && Date.now() - cached.takenAt < FRESH_FOR_MS) {
      return cached;
    }
    // Several dashboards poll the same cabin; share one gateway request between them.
    const pending = this.inflight.get(cabinId) ?? this.fetchAndStore(cabinId);
    return pending;
  }

  private fetchAndStore(cabinId: string): Promise<CabinReading> {
    const request = (async () => {
      try {
        const reading = await telemetryGateway.readCabin(cabinId, AbortSignal.timeout(REQUEST_TIMEOUT_MS));
        this.latest.set(cabinId, reading);
        return reading;
      } finally {
        this.inflight.delete(cabinId);
      }
    })();
    this.inflight.set(cabinId, request);
    return request;
  }

  async lineStatus(lineId: string, cabinIds: string[]): Promise<'running' | 'wind-hold'> {
    const settled = await Promise.allSettled(cabinIds.map((id) => this.reading(id)));
    const readings: CabinReading[] = [];
    for (const [i, result] of settled.entries()) {
      if (result.status === 'fulfilled') {
        readings.push(result.value);
      } else {
        opsLog.warn(`no telemetry from cabin ${cabinIds[i]} on ${lineId}`, { reason: String(result.reason) });
      }
    }

    const gustiest = readings.reduce<CabinReading | undefined>(
      (max, r) => (!max || r.windKmh > max.windKmh ? r : max),
      undefined,
    );
    if (gustiest && gustiest.windKmh >= WIND_HOLD_KMH) {
      opsLog.warn(`wind hold on ${lineId}: ${gustiest.windKmh} km/h at cabin ${gustiest.cabinId}`, {
        positionM: gustiest.positionM,
      });
      return 'wind-hold';
    }
    return 'running';
  }

  forget(cabinId: string): void {
    this.latest.delete(cabinId);
  }
}
