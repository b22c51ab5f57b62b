// expect: no-unchecked-settled-results
// runMorningChecks() keeps only the fulfilled allSettled entries, so a ride whose inspection rejected is silently dropped and the park can be reported open for guests.
export interface Ride {
  id: string;
  name: string;
  maxHeightM: number;
}

export interface RideCheck {
  rideId: string;
  ok: boolean;
  findings: string[];
  inspector: string;
}

export interface RideRegistry {
  activeRides(): Promise<Ride[]>;
}

export interface InspectionApi {
  restraintTest(rideId: string): Promise<{ seatsFailed: number[] }>;
  anemometer(rideId: string): Promise<{ gustKmh: number }>;
}

export interface MorningReport {
  date: string;
  passed: RideCheck[];
  flagged: RideCheck[];
  openForGuests: boolean;
}

export class MorningSafetyRound {
  constructor(
    private readonly registry: RideRegistry,
    private readonly inspection: InspectionApi,
    private readonly inspector: string,
  ) {}

  private async inspectRide(ride: Ride): Promise<RideCheck> {
    const restraints = await this.inspection.restraintTest(ride.id);
    const wind = await this.inspection.anemometer(ride.id);
    const findings: string[] = [];
    if (restraints.seatsFailed.length > 0) {
      findings.push(`restraints failed on seats ${restraints.seatsFailed.join(', ')}`);
    }
    const gustLimit = ride.maxHeightM > 30 ? 45 : 65;
    if (wind.gustKmh > gustLimit) {
      findings.push(`gusts ${wind.gustKmh} km/h exceed ${gustLimit} km/h limit`);
    }
    return { rideId: ride.id, ok: findings.length === 0, findings, inspector: this.inspector };
  }

  async runMorningChecks(date: string): Promise<MorningReport> {
    const rides = await this.registry.activeRides();
    const results = await Promise.allSettled(rides.map((ride) => this.inspectRide(ride)));

    const passed: RideCheck[] = [];
    const flagged: RideCheck[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') {
        (result.value.ok ? passed : flagged).push(result.value);
      }
    }

    return { date, passed, flagged, openForGuests: flagged.length === 0 };
  }

  static format(report: MorningReport): string {
    const lines = [`Safety round ${report.date}: ${report.passed.length} rides passed`];
    for (const check of report.flagged) {
      lines.push(`  ${check.rideId}: ${check.findings.join('; ')}`);
    }
    lines.push(report.openForGuests ? 'Gates may open.' : 'Hold gates until flagged rides are closed off.');
    return lines.join('\n');
  }
}
