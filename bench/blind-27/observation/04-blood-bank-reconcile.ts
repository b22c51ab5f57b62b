// expect: none
// Every Promise.allSettled result is inspected; rejected hospital feeds are collected and reported instead of being silently skipped.
export type BloodGroup = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface UnitCount {
  group: BloodGroup;
  component: 'whole' | 'plasma' | 'platelets' | 'rbc';
  units: number;
}

export interface HospitalFeed {
  hospitalId: string;
  endpoint: string;
}

export interface ReconcileReport {
  totals: Map<string, number>;
  reporting: string[];
  missing: { hospitalId: string; reason: string }[];
}

declare const auditLog: {
  record(kind: 'stock-reconcile', detail: Record<string, unknown>): Promise<void>;
};

async function fetchStock(feed: HospitalFeed, signal: AbortSignal): Promise<UnitCount[]> {
  const res = await fetch(`${feed.endpoint}/inventory/blood`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`${feed.hospitalId} responded ${res.status}`);
  }
  return (await res.json()) as UnitCount[];
}

export async function reconcileRegionalStock(feeds: HospitalFeed[], timeoutMs = 20_000): Promise<ReconcileReport> {
  const signal = AbortSignal.timeout(timeoutMs);
  const results = await Promise.allSettled(feeds.map((feed) => fetchStock(feed, signal)));

  const totals = new Map<string, number>();
  const reporting: string[] = [];
  const missing: { hospitalId: string; reason: string }[] = [];

  results.forEach((result, i) => {
    const hospitalId = feeds[i].hospitalId;
    if (result.status === 'rejected') {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      missing.push({ hospitalId, reason });
      return;
    }
    reporting.push(hospitalId);
    for (const count of result.value) {
      const key = `${count.group}/${count.component}`;
      totals.set(key, (totals.get(key) ?? 0) + count.units);
    }
  });

  await auditLog.record('stock-reconcile', {
    reporting: reporting.length,
    missing: missing.map((m) => m.hospitalId),
  });

  if (reporting.length === 0) {
    throw new Error(`No hospital feeds reachable: ${missing.map((m) => m.reason).join('; ')}`);
  }

  return { totals, reporting, missing };
}
