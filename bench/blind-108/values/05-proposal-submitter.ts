// expect: no-promise-as-value
// The submission body puts scheduler.nextVisibleWindow(...) into the object without awaiting it, so JSON.stringify serialises the promise as {} and the time-allocation committee receives every proposal with an empty observing window.
export interface Source {
  name: string;
  raDeg: number;
  decDeg: number;
}

export interface VisibilityWindow {
  riseUtc: string;
  setUtc: string;
  maxElevationDeg: number;
}

export interface VisibilityScheduler {
  nextVisibleWindow(source: Source, minElevationDeg: number): Promise<VisibilityWindow | null>;
}

export interface Proposal {
  pi: string;
  title: string;
  sources: Source[];
  hoursRequested: number;
  receiverBand: 'L' | 'S' | 'C' | 'X';
}

export interface SubmissionReceipt {
  proposalId: string;
  cycle: string;
}

const MIN_ELEVATION_DEG = 15;

function validate(p: Proposal): string[] {
  const problems: string[] = [];
  if (p.sources.length === 0) problems.push('at least one source is required');
  if (p.hoursRequested <= 0 || p.hoursRequested > 200) problems.push('hours must be between 0 and 200');
  for (const s of p.sources) {
    if (s.decDeg < -40) problems.push(`${s.name} never rises above the horizon at this site`);
  }
  return problems;
}

export class ProposalSubmitter {
  constructor(
    private readonly endpoint: string,
    private readonly scheduler: VisibilityScheduler,
    private readonly cycle: string,
  ) {}

  async submit(proposal: Proposal): Promise<SubmissionReceipt> {
    const problems = validate(proposal);
    if (problems.length > 0) throw new Error(`proposal invalid: ${problems.join('; ')}`);

    const targets = proposal.sources.map((source) => ({
      ...source,
      window: this.scheduler.nextVisibleWindow(source, MIN_ELEVATION_DEG),
    }));

    const res = await fetch(`${this.endpoint}/cycles/${this.cycle}/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        pi: proposal.pi,
        title: proposal.title,
        band: proposal.receiverBand,
        hours: proposal.hoursRequested,
        targets,
      }),
    });
    if (!res.ok) throw new Error(`submission failed: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as SubmissionReceipt;
  }
}
