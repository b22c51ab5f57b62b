// expect: no-multiple-settle
// recordDecision resolves the stored deferred but leaves it in the map, so a later withdraw(), a second decision or closeRegatta() settles the same protest promise again.
export interface Protest {
  protestId: string;
  race: number;
  protestor: string;
  protestee: string;
  rule: string;
  lodgedAt: Date;
}

export interface JuryDecision {
  protestId: string;
  upheld: boolean;
  penalty: 'none' | 'scoring' | 'dsq' | 'dne';
  findings: string;
}

export class ProtestWithdrawnError extends Error {
  constructor(readonly protestId: string, readonly by: string) {
    super(`Protest ${protestId} withdrawn by ${by}`);
    this.name = 'ProtestWithdrawnError';
  }
}

export class ProtestDesk {
  private readonly awaiting = new Map<string, PromiseWithResolvers<JuryDecision>>();
  private readonly decisions: JuryDecision[] = [];

  constructor(private readonly protestWindowMinutes = 90) {}

  lodge(protest: Protest, raceFinishedAt: Date): Promise<JuryDecision> {
    const deadline = raceFinishedAt.getTime() + this.protestWindowMinutes * 60_000;
    if (protest.lodgedAt.getTime() > deadline) {
      return Promise.reject(new Error(`Protest ${protest.protestId} lodged after the protest time limit`));
    }
    if (this.awaiting.has(protest.protestId)) {
      return Promise.reject(new Error(`Protest ${protest.protestId} already lodged`));
    }
    const deferred = Promise.withResolvers<JuryDecision>();
    this.awaiting.set(protest.protestId, deferred);
    return deferred.promise;
  }

  recordDecision(decision: JuryDecision): void {
    const deferred = this.awaiting.get(decision.protestId);
    if (!deferred) {
      throw new Error(`No open protest ${decision.protestId}`);
    }
    this.decisions.push(decision);
    deferred.resolve(decision);
  }

  withdraw(protestId: string, by: string): boolean {
    const deferred = this.awaiting.get(protestId);
    if (!deferred) return false;
    this.awaiting.delete(protestId);
    deferred.reject(new ProtestWithdrawnError(protestId, by));
    return true;
  }

  closeRegatta(): void {
    for (const [protestId, deferred] of this.awaiting) {
      deferred.reject(new Error(`Regatta closed before protest ${protestId} was heard`));
    }
    this.awaiting.clear();
  }

  get openProtests(): string[] {
    return [...this.awaiting.keys()];
  }

  penaltiesFor(race: number, protests: Protest[]): Map<string, JuryDecision['penalty']> {
    const byId = new Map(protests.filter((p) => p.race === race).map((p) => [p.protestId, p]));
    const penalties = new Map<string, JuryDecision['penalty']>();
    for (const decision of this.decisions) {
      const protest = byId.get(decision.protestId);
      if (protest && decision.upheld && decision.penalty !== 'none') {
        penalties.set(protest.protestee, decision.penalty);
      }
    }
    return penalties;
  }
}
