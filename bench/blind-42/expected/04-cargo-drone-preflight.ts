// expect: no-uncalled-async-function
// The weather hook returns this.refreshWeather (the function) when the forecast is stale, so the pipeline awaits a function and never refreshes.
export interface DroneState {
  droneId: string;
  batteryPct: number;
  payloadKg: number;
  maxPayloadKg: number;
  destination: { lat: number; lon: number };
}

export interface WindForecast {
  gustMs: number;
  sustainedMs: number;
  visibilityKm: number;
}

type PreflightHook = (drone: DroneState) => unknown;

declare const weatherService: {
  forecastFor(hubId: string): Promise<WindForecast>;
};

declare const airspace: {
  reserveCorridor(droneId: string, dest: { lat: number; lon: number }): Promise<string>;
};

declare const scales: {
  weighPayload(droneId: string): Promise<number>;
};

export class PreflightPipeline {
  private readonly hooks: PreflightHook[] = [];

  use(hook: PreflightHook): this {
    this.hooks.push(hook);
    return this;
  }

  async run(drone: DroneState): Promise<void> {
    for (const hook of this.hooks) {
      await hook(drone);
    }
  }
}

const WEATHER_TTL_MS = 10 * 60 * 1000;

export class DroneHub {
  private forecast: WindForecast | undefined;
  private weatherCheckedAt = 0;
  private readonly corridors = new Map<string, string>();

  constructor(
    readonly hubId: string,
    private readonly pipeline: PreflightPipeline,
  ) {
    pipeline
      .use((drone) => this.verifyPayload(drone))
      .use(() => {
        if (Date.now() - this.weatherCheckedAt > WEATHER_TTL_MS) {
          return this.refreshWeather;
        }
        return undefined;
      })
      .use((drone) => this.checkWind(drone))
      .use((drone) => this.reserve(drone));
  }

  private refreshWeather = async (): Promise<void> => {
    this.forecast = await weatherService.forecastFor(this.hubId);
    this.weatherCheckedAt = Date.now();
  };

  private async verifyPayload(drone: DroneState): Promise<void> {
    const measured = await scales.weighPayload(drone.droneId);
    if (Math.abs(measured - drone.payloadKg) > 0.25) {
      throw new Error(`${drone.droneId}: manifest says ${drone.payloadKg} kg, scale says ${measured} kg`);
    }
    if (measured > drone.maxPayloadKg) {
      throw new Error(`${drone.droneId}: payload ${measured} kg over limit ${drone.maxPayloadKg} kg`);
    }
  }

  private checkWind(drone: DroneState): void {
    const f = this.forecast;
    if (!f) throw new Error(`${drone.droneId}: no wind forecast for hub ${this.hubId}`);
    const gustLimit = drone.payloadKg > drone.maxPayloadKg * 0.8 ? 9 : 12;
    if (f.gustMs > gustLimit || f.visibilityKm < 1.5) {
      throw new Error(`${drone.droneId}: grounded (gust ${f.gustMs} m/s, visibility ${f.visibilityKm} km)`);
    }
  }

  private async reserve(drone: DroneState): Promise<void> {
    const corridorId = await airspace.reserveCorridor(drone.droneId, drone.destination);
    this.corridors.set(drone.droneId, corridorId);
  }

  async launch(drone: DroneState): Promise<string> {
    if (drone.batteryPct < 35) {
      throw new Error(`${drone.droneId}: battery ${drone.batteryPct}% below launch minimum`);
    }
    await this.pipeline.run(drone);
    const corridor = this.corridors.get(drone.droneId);
    if (!corridor) throw new Error(`${drone.droneId}: corridor reservation missing`);
    return corridor;
  }
}
