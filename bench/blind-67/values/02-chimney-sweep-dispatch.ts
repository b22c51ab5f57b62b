// expect: no-promise-as-value
// The dispatch body includes crew: this.resolveCrew(depot) without await; JSON.stringify turns the promise into {} so the dispatcher receives no crew.
export interface SweepJob {
  jobId: string;
  address: string;
  flues: number;
  needsCamera: boolean;
  window: { from: string; to: string };
}

export interface Crew {
  crewId: string;
  lead: string;
  hasCameraKit: boolean;
  vanPlate: string;
}

declare const DISPATCH_URL: string;
declare const depots: { crewsAt(depot: string): Promise<Crew[]> };
declare const rota: { onDuty(crewIds: string[], date: string): Promise<Set<string>> };

const MINUTES_PER_FLUE = 45;

function routeOrder(jobs: SweepJob[]): SweepJob[] {
  return [...jobs].sort((a, b) => a.window.from.localeCompare(b.window.from) || b.flues - a.flues);
}

export class DispatchClient {
  constructor(private readonly date: string) {}

  private async resolveCrew(depot: string, needsCamera: boolean): Promise<Crew> {
    const crews = await depots.crewsAt(depot);
    const duty = await rota.onDuty(
      crews.map((c) => c.crewId),
      this.date,
    );
    const available = crews.filter((c) => duty.has(c.crewId) && (!needsCamera || c.hasCameraKit));
    if (available.length === 0) {
      throw new Error(`no ${needsCamera ? "camera-equipped " : ""}crew on duty at ${depot}`);
    }
    return available[0];
  }

  async dispatchRoute(routeId: string, depot: string, jobs: SweepJob[]): Promise<string> {
    if (jobs.length === 0) {
      throw new Error(`route ${routeId} has no jobs`);
    }
    const ordered = routeOrder(jobs);
    const needsCamera = ordered.some((j) => j.needsCamera);
    const minutes = ordered.reduce((sum, j) => sum + j.flues * MINUTES_PER_FLUE, 0);

    const res = await fetch(`${DISPATCH_URL}/routes/${encodeURIComponent(routeId)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        date: this.date,
        depot,
        crew: this.resolveCrew(depot, needsCamera),
        estimatedMinutes: minutes,
        stops: ordered.map((j, i) => ({
          seq: i + 1,
          jobId: j.jobId,
          address: j.address,
          flues: j.flues,
          window: j.window,
        })),
      }),
    });
    if (!res.ok) {
      throw new Error(`dispatch of ${routeId} failed: HTTP ${res.status}`);
    }
    const { dispatchId } = (await res.json()) as { dispatchId: string };
    return dispatchId;
  }
}
