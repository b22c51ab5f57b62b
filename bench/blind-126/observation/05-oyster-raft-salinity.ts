// expect: no-unchecked-settled-results
// Probe reads go through Promise.allSettled but only fulfilled entries are kept; rejected entries are never inspected, so dead probes silently vanish from the lease report.
export interface Raft {
  id: string;
  lease: string;
  bags: number;
  depthM: number;
}

export interface ProbeReading {
  raftId: string;
  salinityPsu: number;
  waterC: number;
  dissolvedO2: number;
  takenAt: Date;
}

export interface ProbeNetwork {
  read(raftId: string): Promise<ProbeReading>;
}

export interface LeaseReport {
  lease: string;
  rafts: number;
  meanSalinity: number;
  lowOxygenRafts: string[];
  harvestAdvisory: 'open' | 'watch' | 'closed';
}

const LOW_O2_MG_L = 4;

function mean(values: number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export class RaftMonitor {
  constructor(private readonly probes: ProbeNetwork) {}

  async surveyLease(lease: string, rafts: Raft[]): Promise<LeaseReport> {
    const onLease = rafts.filter((r) => r.lease === lease);
    const results = await Promise.allSettled(onLease.map((raft) => this.probes.read(raft.id)));
    const readings = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));

    const meanSalinity = mean(readings.map((r) => r.salinityPsu));
    const lowOxygenRafts = readings.filter((r) => r.dissolvedO2 < LOW_O2_MG_L).map((r) => r.raftId);

    return {
      lease,
      rafts: onLease.length,
      meanSalinity: Math.round(meanSalinity * 10) / 10,
      lowOxygenRafts,
      harvestAdvisory: this.advisory(meanSalinity, lowOxygenRafts.length, onLease.length),
    };
  }

  private advisory(meanSalinity: number, lowOxygen: number, total: number): LeaseReport['harvestAdvisory'] {
    if (Number.isNaN(meanSalinity)) return 'watch';
    if (meanSalinity < 12 || lowOxygen > total / 2) return 'closed';
    if (meanSalinity < 18 || lowOxygen > 0) return 'watch';
    return 'open';
  }

  async surveyAll(rafts: Raft[]): Promise<LeaseReport[]> {
    const leases = [...new Set(rafts.map((r) => r.lease))].sort();
    const reports: LeaseReport[] = [];
    for (const lease of leases) {
      reports.push(await this.surveyLease(lease, rafts));
    }
    return reports;
  }
}
