// expect: none
// The allSettled results are split into applied and failed, every rejection reason is recorded with its rank, and the batch throws when nothing could be applied.
export interface VoicingChange {
  rank: string;
  pipeId: string;
  mouthCutMm: number;
  languetteDeg: number;
}

export interface VoicingController {
  apply(change: VoicingChange): Promise<{ pipeId: string; newHz: number }>;
}

export interface BatchOutcome {
  applied: { pipeId: string; newHz: number }[];
  failed: { rank: string; pipeId: string; reason: string }[];
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}

export class VoicingSession {
  private readonly journal: string[] = [];

  constructor(
    private readonly controller: VoicingController,
    private readonly organ: string,
  ) {}

  async applyBatch(changes: VoicingChange[]): Promise<BatchOutcome> {
    const results = await Promise.allSettled(changes.map((change) => this.controller.apply(change)));

    const outcome: BatchOutcome = { applied: [], failed: [] };
    results.forEach((result, i) => {
      const change = changes[i];
      if (result.status === 'fulfilled') {
        outcome.applied.push(result.value);
        this.journal.push(`${this.organ} ${change.rank}/${change.pipeId} -> ${result.value.newHz.toFixed(2)} Hz`);
      } else {
        const reason = describeReason(result.reason);
        outcome.failed.push({ rank: change.rank, pipeId: change.pipeId, reason });
        this.journal.push(`${this.organ} ${change.rank}/${change.pipeId} FAILED ${reason}`);
      }
    });

    if (changes.length > 0 && outcome.applied.length === 0) {
      throw new AggregateError(
        results.map((r) => (r.status === 'rejected' ? r.reason : null)).filter((r) => r !== null),
        `no voicing change could be applied to ${this.organ}`,
      );
    }
    return outcome;
  }

  history(): readonly string[] {
    return this.journal;
  }
}

export function groupByRank(changes: VoicingChange[]): Map<string, VoicingChange[]> {
  const byRank = new Map<string, VoicingChange[]>();
  for (const change of changes) {
    byRank.set(change.rank, [...(byRank.get(change.rank) ?? []), change]);
  }
  return byRank;
}
