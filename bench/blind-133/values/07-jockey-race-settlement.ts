// expect: no-read-before-settle
// settleRace reads the local podium right after attaching the .then that fills it, so the payout and returned summary are always built from the empty initial array.
export interface FinishEntry {
  camel: string;
  jockeyId: string;
  owner: string;
  seconds: number;
}

export interface TimingSystem {
  finishOrder(raceId: string): Promise<FinishEntry[]>;
}

export interface RaceSummary {
  raceId: string;
  podium: string[];
  payouts: Record<string, number>;
  settledAt: string;
}

const PURSE_SPLIT = [0.6, 0.25, 0.15];

export class RaceSettlement {
  private readonly settled = new Map<string, RaceSummary>();

  constructor(
    private readonly timing: TimingSystem,
    private readonly purseFor: (raceId: string) => number,
    private readonly log: (msg: string) => void = console.log,
  ) {}

  settleRace(raceId: string): RaceSummary {
    const existing = this.settled.get(raceId);
    if (existing) return existing;

    let podium: FinishEntry[] = [];
    this.timing.finishOrder(raceId).then(
      (order) => {
        podium = [...order].sort((a, b) => a.seconds - b.seconds).slice(0, 3);
      },
      (err: unknown) => this.log(`finish order unavailable for ${raceId}: ${String(err)}`),
    );

    const purse = this.purseFor(raceId);
    const payouts: Record<string, number> = {};
    podium.forEach((entry, place) => {
      const share = PURSE_SPLIT[place] ?? 0;
      payouts[entry.owner] = (payouts[entry.owner] ?? 0) + Math.round(purse * share);
    });

    const summary: RaceSummary = {
      raceId,
      podium: podium.map((e) => `${e.camel} (${e.jockeyId})`),
      payouts,
      settledAt: new Date().toISOString(),
    };
    this.settled.set(raceId, summary);
    this.log(`race ${raceId} settled: ${summary.podium.join(', ') || 'no finishers'}`);
    return summary;
  }

  clear(raceId: string): void {
    this.settled.delete(raceId);
  }
}
