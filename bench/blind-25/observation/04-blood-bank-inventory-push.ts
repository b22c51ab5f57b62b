// expect: none
// allSettled results are walked and every rejected entry is recorded and queued for retry, so no failed push is lost.
export type BloodGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface UnitCount {
  group: BloodGroup;
  component: 'RBC' | 'PLT' | 'FFP' | 'CRYO';
  units: number;
  expiringWithin48h: number;
}

export interface HospitalEndpoint {
  hospitalId: string;
  url: string;
  apiKey: string;
}

export interface PushSummary {
  delivered: string[];
  failed: { hospitalId: string; reason: string }[];
}

declare const retryQueue: {
  enqueue(job: { kind: 'inventory-push'; hospitalId: string; attempt: number }): Promise<void>;
};

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
};

async function pushTo(endpoint: HospitalEndpoint, snapshot: UnitCount[]): Promise<string> {
  const res = await fetch(endpoint.url, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${endpoint.apiKey}`,
    },
    body: JSON.stringify({ asOf: new Date().toISOString(), inventory: snapshot }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) {
    throw new Error(`HTTP ${res.status} from ${endpoint.hospitalId}`);
  }
  return endpoint.hospitalId;
}

function describeError(reason: unknown): string {
  if (reason instanceof Error) {
    return reason.name === 'TimeoutError' ? 'timed out' : reason.message;
  }
  return String(reason);
}

/**
 * Publishes the regional blood-bank snapshot to every subscribed hospital.
 * A single unreachable hospital must not stop the others from getting the update.
 */
export async function broadcastInventory(
  endpoints: HospitalEndpoint[],
  snapshot: UnitCount[],
  attempt = 1,
): Promise<PushSummary> {
  const results = await Promise.allSettled(endpoints.map((ep) => pushTo(ep, snapshot)));

  const summary: PushSummary = { delivered: [], failed: [] };
  results.forEach((result, i) => {
    const hospitalId = endpoints[i].hospitalId;
    if (result.status === 'fulfilled') {
      summary.delivered.push(result.value);
      metrics.increment('inventory.push.ok', { hospital: hospitalId });
    } else {
      summary.failed.push({ hospitalId, reason: describeError(result.reason) });
      metrics.increment('inventory.push.failed', { hospital: hospitalId });
    }
  });

  for (const failure of summary.failed) {
    await retryQueue.enqueue({
      kind: 'inventory-push',
      hospitalId: failure.hospitalId,
      attempt: attempt + 1,
    });
  }

  return summary;
}
