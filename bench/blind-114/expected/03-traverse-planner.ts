// expect: none
// Each loader is invoked inside the Promise.all array, so the planner waits for the actual waypoint, weather and fuel-cache loads to finish.
import { readFile } from 'node:fs/promises';

export interface Waypoint {
  name: string;
  lat: number;
  lon: number;
  crevasseRisk: 'low' | 'medium' | 'high';
}

export interface WeatherWindow {
  start: string;
  end: string;
  maxWindKnots: number;
  visibilityKm: number;
}

export interface FuelCache {
  waypoint: string;
  litres: number;
}

export interface WeatherService {
  forecastWindows(days: number): Promise<WeatherWindow[]>;
}

export class TraversePlanner {
  private waypoints: Waypoint[] = [];
  private windows: WeatherWindow[] = [];
  private fuel = new Map<string, number>();

  constructor(
    private readonly routeFile: string,
    private readonly cacheFile: string,
    private readonly weather: WeatherService,
  ) {}

  async prepare(days = 5): Promise<void> {
    await Promise.all([this.loadWaypoints(), this.loadWeather(days), this.loadFuelCaches()]);
  }

  plan(vehicleLitresPerLeg: number): { legs: string[]; window: WeatherWindow | null; shortfallAt: string | null } {
    const window = this.windows.find((w) => w.maxWindKnots < 25 && w.visibilityKm >= 2) ?? null;
    let tank = 0;
    let shortfallAt: string | null = null;
    const legs: string[] = [];
    for (let i = 0; i < this.waypoints.length - 1; i++) {
      const from = this.waypoints[i];
      const to = this.waypoints[i + 1];
      tank += this.fuel.get(from.name) ?? 0;
      tank -= vehicleLitresPerLeg * (to.crevasseRisk === 'high' ? 1.4 : 1);
      if (tank < 0 && shortfallAt === null) shortfallAt = to.name;
      legs.push(`${from.name} -> ${to.name}`);
    }
    return { legs, window, shortfallAt };
  }

  private async loadWaypoints(): Promise<void> {
    this.waypoints = JSON.parse(await readFile(this.routeFile, 'utf8')) as Waypoint[];
  }

  private async loadWeather(days: number): Promise<void> {
    this.windows = await this.weather.forecastWindows(days);
  }

  private async loadFuelCaches(): Promise<void> {
    const caches = JSON.parse(await readFile(this.cacheFile, 'utf8')) as FuelCache[];
    this.fuel = new Map(caches.map((c) => [c.waypoint, c.litres]));
  }
}
