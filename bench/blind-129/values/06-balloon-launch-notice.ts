// expect: no-promise-as-value
// The notice body puts the promise from forecast.windowFor into the object passed to JSON.stringify, so the aviation authority receives an empty object instead of the launch window.
export interface LaunchSite {
  icao: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface LaunchWindow {
  earliest: string;
  latest: string;
  expectedBurstAltitudeM: number;
}

export interface ForecastService {
  windowFor(site: LaunchSite, date: string): Promise<LaunchWindow>;
  surfaceWindKts(site: LaunchSite): Promise<number>;
}

export interface BalloonSpec {
  envelopeGrams: number;
  payloadGrams: number;
  gas: 'helium' | 'hydrogen';
}

export interface NoticeReceipt {
  notamId: string;
  status: 'filed' | 'queued';
}

const MAX_SURFACE_WIND_KTS = 20;

export class LaunchNoticeFiler {
  constructor(
    private readonly forecast: ForecastService,
    private readonly notamEndpoint: string,
    private readonly operatorId: string,
  ) {}

  async file(site: LaunchSite, date: string, spec: BalloonSpec): Promise<NoticeReceipt> {
    const wind = await this.forecast.surfaceWindKts(site);
    if (wind > MAX_SURFACE_WIND_KTS) {
      throw new Error(`surface wind ${wind}kt at ${site.icao} exceeds launch limit`);
    }
    if (spec.payloadGrams > 2_000) {
      throw new Error(`payload ${spec.payloadGrams}g needs a heavy-balloon waiver`);
    }

    const notice = {
      operator: this.operatorId,
      location: { icao: site.icao, lat: site.latitude, lon: site.longitude },
      date,
      window: this.forecast.windowFor(site, date),
      balloon: { ...spec, category: spec.payloadGrams > 1_000 ? 'medium' : 'light' },
    };

    const res = await fetch(this.notamEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(notice),
    });
    if (!res.ok) {
      throw new Error(`NOTAM filing for ${site.name} failed: ${res.status} ${await res.text()}`);
    }
    return (await res.json()) as NoticeReceipt;
  }
}
