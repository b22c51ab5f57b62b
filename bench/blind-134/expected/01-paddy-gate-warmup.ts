// expect: none
// Every warm-up loader is called inside the Promise.all array, so the controller really waits for the topology, rainfall and schedule loads before it starts.
import { readFile } from 'node:fs/promises';

export interface GateNode {
  id: string;
  terrace: number;
  feeds: string[];
}

export interface RainfallForecast {
  hours: number[];
  mmPerHour: number[];
}

export interface FloodSchedule {
  gate: string;
  openAt: string;
  closeAt: string;
}

export interface ForecastApi {
  next48h(district: string): Promise<RainfallForecast>;
}

export class WaterGateController {
  private topology: GateNode[] = [];
  private forecast: RainfallForecast = { hours: [], mmPerHour: [] };
  private schedule: FloodSchedule[] = [];
  private started = false;

  constructor(
    private readonly district: string,
    private readonly configDir: string,
    private readonly forecasts: ForecastApi,
  ) {}

  private async loadTopology(): Promise<void> {
    const raw = await readFile(`${this.configDir}/topology.json`, 'utf8');
    this.topology = JSON.parse(raw) as GateNode[];
  }

  private async loadForecast(): Promise<void> {
    this.forecast = await this.forecasts.next48h(this.district);
  }

  private async loadSchedule(): Promise<void> {
    const raw = await readFile(`${this.configDir}/schedule.json`, 'utf8');
    this.schedule = JSON.parse(raw) as FloodSchedule[];
  }

  async start(): Promise<void> {
    if (this.started) return;
    await Promise.all([this.loadTopology(), this.loadForecast(), this.loadSchedule()]);
    const unknown = this.schedule.filter((s) => !this.topology.some((g) => g.id === s.gate));
    if (unknown.length > 0) {
      throw new Error(`schedule references unknown gates: ${unknown.map((s) => s.gate).join(', ')}`);
    }
    this.started = true;
  }

  async refresh(): Promise<void> {
    await Promise.all([this.loadForecast(), this.loadSchedule()]);
  }

  heavyRainExpected(thresholdMm = 40): boolean {
    const total = this.forecast.mmPerHour.slice(0, 24).reduce((a, b) => a + b, 0);
    return total >= thresholdMm;
  }

  gatesToHold(): string[] {
    if (!this.heavyRainExpected()) return [];
    // Keep the lowest terraces' outlets closed so the bunds take the storm.
    const lowest = Math.min(...this.topology.map((g) => g.terrace));
    return this.topology.filter((g) => g.terrace === lowest).map((g) => g.id);
  }
}
