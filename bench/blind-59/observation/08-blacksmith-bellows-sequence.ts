// expect: no-unobserved-promise
// All blasts are started and pushed into pending, but the loop awaits them one by one and returns early on overheat, leaving later rejections unobserved.
export interface Station {
  stationId: string;
  durationMs: number;
  airflowPct: number;
}

export interface BlastResult {
  stationId: string;
  peakTempC: number;
  fuelKg: number;
}

export interface SequenceOutcome {
  aborted: boolean;
  results: BlastResult[];
  ventedAt?: string;
}

declare const bellows: {
  blast(stationId: string, durationMs: number, airflowPct: number): Promise<BlastResult>;
  emergencyVent(stationId: string): Promise<void>;
};
declare const forgeLog: { entry(text: string): void };

export class BellowsSequencer {
  constructor(private readonly maxTempC = 1_350) {}

  async fireSequence(stations: Station[]): Promise<SequenceOutcome> {
    const pending: Promise<BlastResult>[] = [];
    for (const station of stations) {
      const airflow = Math.min(100, Math.max(10, station.airflowPct));
      pending.push(bellows.blast(station.stationId, station.durationMs, airflow));
    }

    const results: BlastResult[] = [];
    for (const blast of pending) {
      const result = await blast;
      results.push(result);
      forgeLog.entry(`${result.stationId}: peak ${result.peakTempC}C, ${result.fuelKg.toFixed(2)}kg coke`);

      if (result.peakTempC > this.maxTempC) {
        await bellows.emergencyVent(result.stationId);
        return { aborted: true, results, ventedAt: result.stationId };
      }
    }
    return { aborted: false, results };
  }

  async weldingHeat(stations: Station[]): Promise<BlastResult[]> {
    const boosted = stations.map((s) => ({ ...s, airflowPct: s.airflowPct * 1.25 }));
    const outcome = await this.fireSequence(boosted);
    if (outcome.aborted) {
      throw new Error(`welding heat aborted at ${outcome.ventedAt}; check the tuyere for clinker`);
    }
    return outcome.results;
  }

  static fuelUsed(results: BlastResult[]): number {
    return results.reduce((sum, r) => sum + r.fuelKg, 0);
  }
}
