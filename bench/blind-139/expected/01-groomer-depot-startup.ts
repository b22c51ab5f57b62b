// expect: none
// Every startup loader is called inside the Promise.all array, so the depot waits for the actual route, fleet and weather data before going live.
import { readFile } from 'node:fs/promises';

export interface Route {
  id: string;
  pistes: string[];
  winchAnchors: number;
}

export interface Unit {
  id: string;
  hasWinch: boolean;
}

export interface WeatherWindow {
  from: string;
  to: string;
  snowfallCm: number;
}

export class GroomerDepot {
  private routes: Route[] = [];
  private units: Unit[] = [];
  private weather: WeatherWindow[] = [];
  private live = false;

  constructor(
    private readonly configDir: string,
    private readonly weatherUrl: string,
  ) {}

  private async loadRoutes(): Promise<void> {
    const raw = await readFile(`${this.configDir}/routes.json`, 'utf8');
    this.routes = JSON.parse(raw) as Route[];
  }

  private async loadFleet(): Promise<void> {
    const raw = await readFile(`${this.configDir}/fleet.json`, 'utf8');
    this.units = JSON.parse(raw) as Unit[];
  }

  private async loadWeather(): Promise<void> {
    const res = await fetch(this.weatherUrl);
    if (!res.ok) throw new Error(`weather feed: HTTP ${res.status}`);
    this.weather = (await res.json()) as WeatherWindow[];
  }

  async start(): Promise<void> {
    if (this.live) return;
    await Promise.all([this.loadRoutes(), this.loadFleet(), this.loadWeather()]);

    const winchRoutes = this.routes.filter((r) => r.winchAnchors > 0).length;
    const winchUnits = this.units.filter((u) => u.hasWinch).length;
    if (winchRoutes > 0 && winchUnits === 0) {
      throw new Error('routes need winch work but no winch groomer is in the fleet');
    }
    this.live = true;
  }

  heavySnowTonight(): boolean {
    return this.weather.some((w) => w.snowfallCm >= 20);
  }

  plan(): Array<{ routeId: string; unitId: string }> {
    if (!this.live) throw new Error('depot not started');
    const free = [...this.units];
    return this.routes.flatMap((route) => {
      const idx = route.winchAnchors > 0 ? free.findIndex((u) => u.hasWinch) : 0;
      if (idx < 0 || free.length === 0) return [];
      const [unit] = free.splice(idx, 1);
      return unit ? [{ routeId: route.id, unitId: unit.id }] : [];
    });
  }
}
