// expect: no-unobserved-promise
// All split requests are started up front but awaited one at a time in a loop, so a later rider's request that rejects while an earlier one is still being awaited has no handler attached.
export interface Rider {
  id: string;
  name: string;
  team: string;
}

export interface LapSplit {
  lap: number;
  ms: number;
}

export interface TimingService {
  fetchSplits(heatId: string, riderId: string): Promise<LapSplit[]>;
}

export interface RiderSummary {
  riderId: string;
  name: string;
  team: string;
  totalMs: number;
  fastestLapMs: number;
  consistency: number;
}

function stddev(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / values.length);
}

export class HeatReport {
  constructor(private readonly timing: TimingService) {}

  async build(heatId: string, riders: Rider[]): Promise<RiderSummary[]> {
    const requests = riders.map((rider) => this.timing.fetchSplits(heatId, rider.id));

    const summaries: RiderSummary[] = [];
    for (let i = 0; i < riders.length; i++) {
      const splits = await requests[i];
      if (splits.length === 0) continue;
      const laps = splits.map((s) => s.ms);
      summaries.push({
        riderId: riders[i].id,
        name: riders[i].name,
        team: riders[i].team,
        totalMs: laps.reduce((a, b) => a + b, 0),
        fastestLapMs: Math.min(...laps),
        consistency: Math.round(stddev(laps)),
      });
    }

    return summaries.sort((a, b) => a.totalMs - b.totalMs);
  }

  format(summaries: RiderSummary[]): string {
    return summaries
      .map((s, i) => {
        const secs = (s.totalMs / 1000).toFixed(3);
        return `${String(i + 1).padStart(2)}. ${s.name.padEnd(20)} ${s.team.padEnd(12)} ${secs}s (best ${s.fastestLapMs}ms, sd ${s.consistency}ms)`;
      })
      .join('\n');
  }
}
