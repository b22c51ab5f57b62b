// expect: none
// Each chunk's scoring requests are handed to Promise.all as soon as they start, so no score promise is ever left without a handler between awaits.
export interface Proposal {
  id: string;
  pi: string;
  instrument: 'imager' | 'spectrograph' | 'coronagraph';
  requestedHours: number;
}

export interface PanelScore {
  proposalId: string;
  grade: number; // 1.0 (best) .. 5.0 (worst)
  reviewers: number;
}

export interface ReviewPanelApi {
  score(proposalId: string): Promise<PanelScore>;
}

export interface RankedProposal extends Proposal {
  grade: number;
  rank: number;
  allocatedHours: number;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class TimeAllocationCommittee {
  constructor(
    private readonly panel: ReviewPanelApi,
    private readonly concurrency = 4,
  ) {}

  async rank(proposals: Proposal[], availableHours: number): Promise<RankedProposal[]> {
    const grades = new Map<string, number>();
    for (const group of chunk(proposals, this.concurrency)) {
      const scores = await Promise.all(group.map((p) => this.panel.score(p.id)));
      for (const s of scores) {
        if (s.reviewers < 3) continue;
        grades.set(s.proposalId, s.grade);
      }
    }

    const graded = proposals
      .filter((p) => grades.has(p.id))
      .map((p) => ({ ...p, grade: grades.get(p.id) as number }))
      .sort((a, b) => a.grade - b.grade);

    let remaining = availableHours;
    return graded.map((p, i) => {
      const allocatedHours = Math.min(p.requestedHours, Math.max(0, remaining));
      remaining -= allocatedHours;
      return { ...p, rank: i + 1, allocatedHours };
    });
  }

  static oversubscription(proposals: Proposal[], availableHours: number): number {
    const requested = proposals.reduce((h, p) => h + p.requestedHours, 0);
    return availableHours === 0 ? Infinity : requested / availableHours;
  }
}
