// expect: none
// Promise.allSettled results are walked and every rejected entry's reason is recorded in the publish report.
export interface RaceResult {
  raceId: string;
  event: string;
  crews: Array<{ lane: number; club: string; timeMs: number | null; status: 'OK' | 'DNS' | 'DNF' | 'DSQ' }>;
}

export interface Destination {
  name: string;
  url: string;
  token: string;
  timeoutMs?: number;
}

export interface PublishReport {
  raceId: string;
  delivered: string[];
  failed: Array<{ destination: string; reason: string }>;
}

declare const auditLog: {
  write(entry: { kind: string; raceId: string; detail: unknown }): void;
};

async function postResult(dest: Destination, result: RaceResult): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), dest.timeoutMs ?? 8000);
  try {
    const res = await fetch(dest.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${dest.token}`,
      },
      body: JSON.stringify(result),
      signal: controller.signal,
    });
    if (!res.ok) {
      throw new Error(`${dest.name} responded ${res.status} ${res.statusText}`);
    }
    return dest.name;
  } finally {
    clearTimeout(timer);
  }
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) {
    return reason.name === 'AbortError' ? 'timed out' : reason.message;
  }
  return String(reason);
}

function sortByFinish(result: RaceResult): RaceResult {
  const crews = [...result.crews].sort((a, b) => {
    if (a.timeMs === null) return 1;
    if (b.timeMs === null) return -1;
    return a.timeMs - b.timeMs;
  });
  return { ...result, crews };
}

export async function publishRace(result: RaceResult, destinations: Destination[]): Promise<PublishReport> {
  const ordered = sortByFinish(result);
  const outcomes = await Promise.allSettled(destinations.map((d) => postResult(d, ordered)));

  const report: PublishReport = { raceId: result.raceId, delivered: [], failed: [] };
  outcomes.forEach((outcome, i) => {
    const dest = destinations[i];
    if (!dest) return;
    if (outcome.status === 'fulfilled') {
      report.delivered.push(outcome.value);
    } else {
      report.failed.push({ destination: dest.name, reason: describeReason(outcome.reason) });
    }
  });

  auditLog.write({ kind: 'race-published', raceId: result.raceId, detail: report });
  if (report.delivered.length === 0 && destinations.length > 0) {
    throw new Error(`race ${result.raceId} could not be published anywhere`);
  }
  return report;
}
