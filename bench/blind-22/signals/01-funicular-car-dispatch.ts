// expect: require-signal-propagation
// dispatchCar checks opts.signal between stops but never hands it to the clearance fetch, so an abort cannot cancel the in-flight request.
import { EventEmitter } from 'node:events';

export interface StationStop {
  stationId: string;
  dwellSeconds: number;
}

export interface DispatchOptions {
  baseUrl: string;
  operatorToken: string;
  signal?: AbortSignal;
}

export interface StopClearance {
  stationId: string;
  doorsClosed: boolean;
  platformClear: boolean;
  checkedAt: string;
}

interface ClearancePayload {
  doors_closed: boolean;
  platform_clear: boolean;
  ts: string;
}

export class ClearanceRefusedError extends Error {
  constructor(
    readonly stationId: string,
    readonly reason: string,
  ) {
    super(`Station ${stationId} refused clearance: ${reason}`);
    this.name = 'ClearanceRefusedError';
  }
}

export class FunicularDispatcher extends EventEmitter {
  private readonly history: StopClearance[] = [];

  constructor(private readonly carId: string) {
    super();
  }

  async dispatchCar(route: StationStop[], opts: DispatchOptions): Promise<StopClearance[]> {
    const clearances: StopClearance[] = [];

    for (const stop of route) {
      opts.signal?.throwIfAborted();

      const res = await fetch(`${opts.baseUrl}/cars/${encodeURIComponent(this.carId)}/clearance/${encodeURIComponent(stop.stationId)}`, {
        method: 'GET',
        headers: {
          authorization: `Bearer ${opts.operatorToken}`,
          accept: 'application/json',
        },
      });

      if (res.status === 409) {
        throw new ClearanceRefusedError(stop.stationId, await res.text());
      }
      if (!res.ok) {
        throw new Error(`Clearance service returned ${res.status} for ${stop.stationId}`);
      }

      const body = (await res.json()) as ClearancePayload;
      const clearance: StopClearance = {
        stationId: stop.stationId,
        doorsClosed: body.doors_closed,
        platformClear: body.platform_clear,
        checkedAt: body.ts,
      };

      if (!clearance.doorsClosed || !clearance.platformClear) {
        throw new ClearanceRefusedError(stop.stationId, 'interlock not satisfied');
      }

      clearances.push(clearance);
      this.history.push(clearance);
      this.emit('stop-cleared', this.carId, clearance);
    }

    this.emit('route-cleared', this.carId, clearances.length);
    return clearances;
  }

  recentClearances(limit = 20): StopClearance[] {
    return this.history.slice(-limit);
  }
}
