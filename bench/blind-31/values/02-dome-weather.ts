// expect: none
// The in-flight map deliberately stores promises and `??` chooses between two promises; every value used in text or decisions is awaited first.
export interface SkyConditions {
  site: string;
  cloudCoverPct: number;
  windGustKmh: number;
  humidityPct: number;
  rainDetected: boolean;
  observedAt: Date;
}

declare function fetchSkyConditions(site: string): Promise<SkyConditions>;
declare const domeControl: {
  shutterOpen(site: string): Promise<boolean>;
  closeShutter(site: string, reason: string): Promise<void>;
};
declare const nightLog: { append(site: string, line: string): Promise<void> };

const SAFE = { maxGustKmh: 40, maxHumidityPct: 85, maxCloudPct: 70 };

export class WeatherGate {
  private readonly inFlight = new Map<string, Promise<SkyConditions>>();
  private readonly lastGood = new Map<string, SkyConditions>();

  constructor(private readonly maxAgeMs = 60_000) {}

  private load(site: string): Promise<SkyConditions> {
    const request = fetchSkyConditions(site)
      .then((conditions) => {
        this.lastGood.set(site, conditions);
        return conditions;
      })
      .finally(() => this.inFlight.delete(site));
    this.inFlight.set(site, request);
    return request;
  }

  conditions(site: string): Promise<SkyConditions> {
    const cached = this.lastGood.get(site);
    if (cached && Date.now() - cached.observedAt.getTime() < this.maxAgeMs) {
      return Promise.resolve(cached);
    }
    return this.inFlight.get(site) ?? this.load(site);
  }

  static unsafeReason(sky: SkyConditions): string | undefined {
    if (sky.rainDetected) return 'rain detected';
    if (sky.windGustKmh > SAFE.maxGustKmh) return `gusts ${sky.windGustKmh} km/h`;
    if (sky.humidityPct > SAFE.maxHumidityPct) return `humidity ${sky.humidityPct}%`;
    if (sky.cloudCoverPct > SAFE.maxCloudPct) return `cloud cover ${sky.cloudCoverPct}%`;
    return undefined;
  }

  async enforce(site: string): Promise<'open-ok' | 'closed' | 'already-closed'> {
    const sky = await this.conditions(site);
    const reason = WeatherGate.unsafeReason(sky);
    if (!reason) return 'open-ok';

    const open = await domeControl.shutterOpen(site);
    if (!open) return 'already-closed';

    await domeControl.closeShutter(site, reason);
    await nightLog.append(site, `${sky.observedAt.toISOString()} shutter closed: ${reason}`);
    return 'closed';
  }
}
