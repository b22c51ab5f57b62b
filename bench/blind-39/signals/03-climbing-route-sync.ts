// expect: no-swallowed-abort
// Every error, including the AbortError from a cancelled sync, is caught per route and recorded as a failure, so an aborted sync returns an ordinary summary.
export interface GymRoute {
  routeId: string;
  wall: string;
  grade: string;
  colour: string;
  setAt: string;
  retiredAt?: string;
}

export interface SyncSummary {
  updated: number;
  retired: number;
  failures: Array<{ routeId: string; error: string }>;
}

declare const routeBoardApi: string;

declare const localRoutes: {
  all(): Promise<GymRoute[]>;
  markSynced(routeId: string, at: string): Promise<void>;
};

async function pushRoute(route: GymRoute, signal: AbortSignal): Promise<'updated' | 'retired'> {
  const res = await fetch(`${routeBoardApi}/routes/${route.routeId}`, {
    method: route.retiredAt ? 'DELETE' : 'PUT',
    headers: { 'content-type': 'application/json' },
    body: route.retiredAt ? undefined : JSON.stringify(route),
    signal,
  });
  if (!res.ok && res.status !== 404) {
    throw new Error(`route board rejected ${route.routeId}: ${res.status}`);
  }
  return route.retiredAt ? 'retired' : 'updated';
}

function needsSync(route: GymRoute, lastSyncIso: string): boolean {
  return route.setAt > lastSyncIso || (route.retiredAt !== undefined && route.retiredAt > lastSyncIso);
}

export async function syncRouteBoard(lastSyncIso: string, signal: AbortSignal): Promise<SyncSummary> {
  const summary: SyncSummary = { updated: 0, retired: 0, failures: [] };
  const routes = (await localRoutes.all()).filter((r) => needsSync(r, lastSyncIso));
  const now = new Date().toISOString();

  for (const route of routes) {
    try {
      const outcome = await pushRoute(route, signal);
      if (outcome === 'retired') summary.retired += 1;
      else summary.updated += 1;
      await localRoutes.markSynced(route.routeId, now);
    } catch (err) {
      summary.failures.push({
        routeId: route.routeId,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }

  return summary;
}

export function formatSummary(summary: SyncSummary): string {
  const parts = [`${summary.updated} routes updated`, `${summary.retired} retired`];
  if (summary.failures.length > 0) {
    parts.push(`${summary.failures.length} failed (${summary.failures.map((f) => f.routeId).join(', ')})`);
  }
  return parts.join(', ');
}

export function gradeHistogram(routes: GymRoute[]): Record<string, number> {
  const histogram: Record<string, number> = {};
  for (const r of routes) {
    if (r.retiredAt) continue;
    histogram[r.grade] = (histogram[r.grade] ?? 0) + 1;
  }
  return histogram;
}
