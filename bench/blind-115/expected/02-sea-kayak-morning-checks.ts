// expect: none
// Each check method is actually called inside Promise.all, so the weather, tide and safety-boat checks all run and their results are awaited.
export interface MarineForecast {
  windKnots: number;
  gustKnots: number;
  swellM: number;
  fogRisk: boolean;
}

export interface TideTable {
  nextHigh: Date;
  nextLow: Date;
  rangeM: number;
}

export interface WeatherApi {
  forecast(launchSite: string): Promise<MarineForecast>;
}

export interface TideApi {
  today(launchSite: string): Promise<TideTable>;
}

export interface SafetyBoat {
  radioCheck(): Promise<boolean>;
  fuelLitres(): Promise<number>;
}

export type LaunchDecision =
  | { go: true; notes: string[] }
  | { go: false; reasons: string[] };

export class MorningChecks {
  constructor(
    private readonly weather: WeatherApi,
    private readonly tides: TideApi,
    private readonly boat: SafetyBoat,
  ) {}

  async decide(launchSite: string): Promise<LaunchDecision> {
    const [forecast, tide, boatReady] = await Promise.all([
      this.weather.forecast(launchSite),
      this.tides.today(launchSite),
      this.checkSafetyBoat(),
    ]);

    const reasons: string[] = [];
    if (forecast.windKnots > 15 || forecast.gustKnots > 22) reasons.push(`wind ${forecast.windKnots}/${forecast.gustKnots} kn`);
    if (forecast.swellM > 1.2) reasons.push(`swell ${forecast.swellM} m`);
    if (forecast.fogRisk) reasons.push('fog risk');
    if (!boatReady) reasons.push('safety boat not ready');
    if (reasons.length > 0) return { go: false, reasons };

    const notes = [`high water ${tide.nextHigh.toLocaleTimeString('en-GB')}`, `range ${tide.rangeM} m`];
    if (tide.rangeM > 4) notes.push('strong tidal streams expected in the channel');
    return { go: true, notes };
  }

  private async checkSafetyBoat(): Promise<boolean> {
    const [radioOk, fuel] = await Promise.all([this.boat.radioCheck(), this.boat.fuelLitres()]);
    return radioOk && fuel >= 20;
  }
}
