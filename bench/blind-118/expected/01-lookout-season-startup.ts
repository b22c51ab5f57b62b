// expect: no-uncalled-async-function
// this.loadFuelMaps is placed in the Promise.all array without being called, so it resolves immediately to the function itself and the fuel maps are never loaded before the tower reports ready.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface RadioLink {
  open(channel: number): Promise<void>;
  send(message: string): Promise<void>;
}

export interface WeatherStationApi {
  listStations(district: string): Promise<{ id: string; lat: number; lon: number }[]>;
}

export interface FuelMap {
  gridId: string;
  fuelModel: number;
  moisturePct: number;
}

export class LookoutTower {
  private fuelMaps: FuelMap[] = [];
  private stations: { id: string; lat: number; lon: number }[] = [];
  private ready = false;

  constructor(
    private readonly towerId: string,
    private readonly district: string,
    private readonly dataDir: string,
    private readonly radio: RadioLink,
    private readonly weather: WeatherStationApi,
  ) {}

  private async connectRadio(): Promise<void> {
    await this.radio.open(4);
    await this.radio.send(`${this.towerId} on channel 4, radio check`);
  }

  private async loadFuelMaps(): Promise<void> {
    const raw = await readFile(path.join(this.dataDir, `${this.district}-fuels.json`), 'utf8');
    const parsed = JSON.parse(raw) as FuelMap[];
    this.fuelMaps = parsed.filter((m) => m.fuelModel > 0);
  }

  private async syncWeatherStations(): Promise<void> {
    this.stations = await this.weather.listStations(this.district);
  }

  async openForSeason(): Promise<void> {
    await Promise.all([this.connectRadio(), this.loadFuelMaps, this.syncWeatherStations()]);
    this.ready = true;
    await this.radio.send(
      `${this.towerId} staffed: ${this.fuelMaps.length} fuel grids, ${this.stations.length} RAWS stations`,
    );
  }

  driestGrids(limit = 5): FuelMap[] {
    if (!this.ready) throw new Error(`${this.towerId} has not opened for the season`);
    return [...this.fuelMaps].sort((a, b) => a.moisturePct - b.moisturePct).slice(0, limit);
  }
}
