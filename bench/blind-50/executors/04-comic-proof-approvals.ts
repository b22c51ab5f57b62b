// expect: none
// Each withResolvers deferred is removed from the map before it is settled (by decision, timeout, send failure or cancel), so it settles exactly once.

export interface ProofSheet {
  runId: string;
  title: string;
  issue: number;
  pages: number;
  coverVariant: 'A' | 'B' | 'foil';
  printRun: number;
}

export interface EditorDecision {
  approved: boolean;
  editor: string;
  notes: string;
}

type Outcome = { ok: true; decision: EditorDecision } | { ok: false; error: Error };

interface PendingProof {
  resolve: (decision: EditorDecision) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

declare const pressRoom: {
  sendProof(sheet: ProofSheet): Promise<void>;
  onDecision(listener: (runId: string, decision: EditorDecision) => void): () => void;
};

export class ProofApprovals {
  private readonly pending = new Map<string, PendingProof>();
  private readonly detach: () => void;

  constructor(private readonly timeoutMs = 48 * 60 * 60 * 1000) {
    this.detach = pressRoom.onDecision((runId, decision) => {
      this.settle(runId, { ok: true, decision });
    });
  }

  request(sheet: ProofSheet): Promise<EditorDecision> {
    if (this.pending.has(sheet.runId)) {
      return Promise.reject(new Error(`proof for run ${sheet.runId} is already out for approval`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<EditorDecision>();
    const timer = setTimeout(() => {
      this.settle(sheet.runId, { ok: false, error: new Error(`no decision on ${sheet.title} #${sheet.issue}`) });
    }, this.timeoutMs);
    this.pending.set(sheet.runId, { resolve, reject, timer });
    pressRoom.sendProof(sheet).catch((err: unknown) => {
      const error = err instanceof Error ? err : new Error(String(err));
      this.settle(sheet.runId, { ok: false, error });
    });
    return promise;
  }

  cancel(runId: string, reason = 'proof withdrawn'): boolean {
    return this.settle(runId, { ok: false, error: new Error(reason) });
  }

  get outstanding(): string[] {
    return [...this.pending.keys()];
  }

  dispose(): void {
    this.detach();
    for (const runId of [...this.pending.keys()]) {
      this.cancel(runId, 'approvals service shutting down');
    }
  }

  private settle(runId: string, outcome: Outcome): boolean {
    const entry = this.pending.get(runId);
    if (!entry) return false;
    this.pending.delete(runId);
    clearTimeout(entry.timer);
    if (outcome.ok) {
      entry.resolve(outcome.decision);
    } else {
      entry.reject(outcome.error);
    }
    return true;
  }
}

export function estimatePaperTonnes(sheet: ProofSheet, gsm = 90): number {
  const sheetAreaM2 = 0.17 * 0.26;
  const leaves = Math.ceil(sheet.pages / 2);
  const coverFactor = sheet.coverVariant === 'foil' ? 1.15 : 1;
  return (sheet.printRun * leaves * sheetAreaM2 * gsm * coverFactor) / 1_000_000;
}
