// expect: no-promise-as-value
// The broadcast body nests estimator.etaFor(...), an async call, inside the object passed to JSON.stringify, so every team is published with "eta": {} instead of a time.
export interface TeamPosition {
  bib: number;
  musher: string;
  lastCheckpoint: string;
  lastCheckpointMile: number;
  departedAt: string;
  dogsInHarness: number;
}

export interface TrailSegment {
  from: string;
  to: string;
  miles: number;
}

export interface EtaEstimator {
  /** Looks up current trail conditions and returns an ISO timestamp. */
  etaFor(team: TeamPosition, segment: TrailSegment): Promise<string>;
}

export class EtaBroadcaster {
  constructor(
    private readonly estimator: EtaEstimator,
    private readonly segments: TrailSegment[],
    private readonly broadcastUrl: string,
    private readonly apiKey: string,
  ) {}

  private nextSegment(team: TeamPosition): TrailSegment | undefined {
    return this.segments.find((s) => s.from === team.lastCheckpoint);
  }

  async publish(team: TeamPosition): Promise<void> {
    const segment = this.nextSegment(team);
    if (!segment) return; // already at the finish chute

    const res = await fetch(`${this.broadcastUrl}/teams/${team.bib}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify({
        bib: team.bib,
        musher: team.musher,
        lastCheckpoint: team.lastCheckpoint,
        nextCheckpoint: segment.to,
        milesToGo: segment.miles,
        dogs: team.dogsInHarness,
        eta: this.estimator.etaFor(team, segment),
      }),
    });
    if (!res.ok) throw new Error(`broadcast for bib ${team.bib} failed: ${res.status}`);
  }

  async publishAll(teams: TeamPosition[]): Promise<{ published: number; failed: number[] }> {
    const failed: number[] = [];
    let published = 0;
    for (const team of teams) {
      try {
        await this.publish(team);
        published++;
      } catch {
        failed.push(team.bib);
      }
    }
    return { published, failed };
  }
}
