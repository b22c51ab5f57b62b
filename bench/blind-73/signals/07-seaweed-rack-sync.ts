// expect: no-swallowed-abort
// pushRack wraps every failure, including the AbortError from the caller's signal, in a RackSyncError, so syncSite's AbortError check never matches and a cancelled sync carries on as rack failures.
export interface RackReading {
  rackId: string;
  moisturePct: number;
  airTempC: number;
  windMs: number;
  takenAt: string;
}

export interface SyncSummary {
  pushed: number;
  failed: string[];
}

declare const cooperativeApi: {
  baseUrl: string;
  deviceToken: string;
};

declare const localBuffer: {
  pending(siteId: string): Promise<RackReading[]>;
  acknowledge(rackId: string, upTo: string): Promise<void>;
};

declare const statusLight: {
  set(colour: 'green' | 'amber' | 'red'): void;
};

export class RackSyncError extends Error {
  constructor(
    message: string,
    readonly rackId: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'RackSyncError';
  }
}

async function pushRack(rackId: string, readings: RackReading[], signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(`${cooperativeApi.baseUrl}/racks/${encodeURIComponent(rackId)}/readings`, {
      method: 'PUT',
      headers: {
        authorization: `Device ${cooperativeApi.deviceToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ readings }),
      signal,
    });
    if (!res.ok) {
      throw new Error(`cooperative API answered ${res.status}`);
    }
  } catch (err) {
    throw new RackSyncError(`sync of rack ${rackId} failed`, rackId, { cause: err });
  }
}

function groupByRack(readings: RackReading[]): Map<string, RackReading[]> {
  const groups = new Map<string, RackReading[]>();
  for (const r of readings) {
    const list = groups.get(r.rackId) ?? [];
    list.push(r);
    groups.set(r.rackId, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  return groups;
}

export async function syncSite(siteId: string, signal: AbortSignal): Promise<SyncSummary> {
  const summary: SyncSummary = { pushed: 0, failed: [] };
  const groups = groupByRack(await localBuffer.pending(siteId));

  for (const [rackId, readings] of groups) {
    try {
      await pushRack(rackId, readings, signal);
      await localBuffer.acknowledge(rackId, readings[readings.length - 1]!.takenAt);
      summary.pushed += readings.length;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        statusLight.set('amber');
        throw err;
      }
      summary.failed.push(rackId);
    }
  }

  statusLight.set(summary.failed.length === 0 ? 'green' : summary.pushed > 0 ? 'amber' : 'red');
  return summary;
}
