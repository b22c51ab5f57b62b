// expect: no-multiple-settle
// flush() only settles the deferreds of cases that came back in the rows; a case with no upcoming hearing is never resolved or rejected, so its caller waits forever.
export interface HearingRow {
  case_id: string;
  courtroom: string;
  judge_id: string;
  starts_at: string;
  kind: 'arraignment' | 'motion' | 'trial' | 'sentencing';
}

export interface Hearing {
  caseId: string;
  courtroom: string;
  judgeId: string;
  startsAt: Date;
  kind: HearingRow['kind'];
}

declare const courtDb: {
  /** One row per case: the next scheduled hearing, if any. */
  nextHearings(caseIds: readonly string[]): Promise<HearingRow[]>;
};

interface Waiter {
  resolve(hearing: Hearing): void;
  reject(reason: unknown): void;
}

function toHearing(row: HearingRow): Hearing {
  return {
    caseId: row.case_id,
    courtroom: row.courtroom,
    judgeId: row.judge_id,
    startsAt: new Date(row.starts_at),
    kind: row.kind,
  };
}

/**
 * Coalesces lookups made in the same tick into a single query, so rendering a
 * docket of 200 cases costs one round trip instead of 200.
 */
export class NextHearingLoader {
  private pending = new Map<string, Waiter[]>();
  private scheduled = false;

  constructor(private readonly maxBatch = 100) {}

  load(caseId: string): Promise<Hearing> {
    return new Promise<Hearing>((resolve, reject) => {
      const waiters = this.pending.get(caseId);
      if (waiters) {
        waiters.push({ resolve, reject });
      } else {
        this.pending.set(caseId, [{ resolve, reject }]);
      }
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => this.dispatch());
      }
    });
  }

  loadMany(caseIds: string[]): Promise<Hearing[]> {
    return Promise.all(caseIds.map((id) => this.load(id)));
  }

  private dispatch(): void {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;

    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += this.maxBatch) {
      const chunk = ids.slice(i, i + this.maxBatch);
      void this.flush(chunk, batch);
    }
  }

  private async flush(ids: string[], batch: Map<string, Waiter[]>): Promise<void> {
    let rows: HearingRow[];
    try {
      rows = await courtDb.nextHearings(ids);
    } catch (err) {
      for (const id of ids) {
        for (const waiter of batch.get(id) ?? []) waiter.reject(err);
      }
      return;
    }
    for (const row of rows) {
      const hearing = toHearing(row);
      for (const waiter of batch.get(row.case_id) ?? []) waiter.resolve(hearing);
    }
  }
}

export async function docketForJudge(loader: NextHearingLoader, judgeId: string, caseIds: string[]) {
  const hearings = await loader.loadMany(caseIds);
  return hearings.filter((h) => h.judgeId === judgeId).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
