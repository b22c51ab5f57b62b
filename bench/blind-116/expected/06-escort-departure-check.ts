// expect: no-uncalled-async-function
// Promise.all is given this.loadFleetPositions without calling it, so the "positions" entry is the method itself and the departure check never waits for fleet data.
export interface IceChartSummary {
  region: string;
  maxConcentrationTenths: number;
  leadsOpen: boolean;
}

export interface FleetPosition {
  vessel: string;
  lat: number;
  lon: number;
  speedKn: number;
}

export interface EscortServices {
  chart(region: string): Promise<IceChartSummary>;
  positions(): Promise<FleetPosition[]>;
  notify(message: string): Promise<void>;
}

export interface DepartureDecision {
  go: boolean;
  reasons: string[];
}

export class EscortDeparture {
  private fleet: FleetPosition[] = [];
  private chart?: IceChartSummary;

  constructor(private readonly services: EscortServices, private readonly maxWaitingVessels = 6) {}

  private async loadIceChart(region: string): Promise<void> {
    this.chart = await this.services.chart(region);
  }

  private loadFleetPositions = async (): Promise<void> => {
    const all = await this.services.positions();
    this.fleet = all.filter((p) => p.speedKn < 1);
  };

  async check(region: string): Promise<DepartureDecision> {
    await Promise.all([this.loadIceChart(region), this.loadFleetPositions]);

    const reasons: string[] = [];
    if (!this.chart) {
      reasons.push('no ice chart');
    } else {
      if (this.chart.maxConcentrationTenths >= 9 && !this.chart.leadsOpen) {
        reasons.push(`${this.chart.region}: 9+/10 ice with no open leads`);
      }
    }
    if (this.fleet.length > this.maxWaitingVessels) {
      reasons.push(`${this.fleet.length} vessels waiting; split into two convoys`);
    }

    const decision = { go: reasons.length === 0, reasons };
    await this.services.notify(decision.go ? `Escort departing ${region}` : `Escort holding: ${reasons.join('; ')}`);
    return decision;
  }

  waitingVessels(): string[] {
    return this.fleet.map((p) => p.vessel);
  }
}
