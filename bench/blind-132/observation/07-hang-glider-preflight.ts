// expect: no-unobserved-promise
// The permit lookup is started before the weather await and is abandoned on the grounded path, so its rejection can go unhandled.
export interface PermitRegistry {
  activePermit(pilotId: string, siteId: string): Promise<{ permitNo: string; rating: 'P2' | 'P3' | 'P4'; expires: Date }>;
}

export interface SiteWeather {
  current(siteId: string): Promise<{ windKts: number; gustKts: number; cloudBaseM: number; thermalIndex: number }>;
}

export interface PreflightRequest {
  pilotId: string;
  siteId: string;
  wingClass: 'EN-A' | 'EN-B' | 'EN-C' | 'rigid';
}

export type PreflightDecision =
  | { status: 'grounded'; reason: string }
  | { status: 'cleared'; permitNo: string; ceilingM: number };

const MAX_GUST: Record<PreflightRequest['wingClass'], number> = {
  'EN-A': 15,
  'EN-B': 18,
  'EN-C': 22,
  rigid: 25,
};

export class PreflightDesk {
  constructor(
    private readonly permits: PermitRegistry,
    private readonly weather: SiteWeather,
  ) {}

  async check(req: PreflightRequest): Promise<PreflightDecision> {
    const permitLookup = this.permits.activePermit(req.pilotId, req.siteId);
    const wx = await this.weather.current(req.siteId);

    if (wx.gustKts > MAX_GUST[req.wingClass]) {
      return { status: 'grounded', reason: `gusts ${wx.gustKts} kt exceed ${req.wingClass} limit` };
    }
    if (wx.cloudBaseM < 600) {
      return { status: 'grounded', reason: `cloud base ${wx.cloudBaseM} m too low` };
    }

    const permit = await permitLookup;
    if (permit.expires.getTime() < Date.now()) {
      return { status: 'grounded', reason: `permit ${permit.permitNo} expired` };
    }
    if (wx.thermalIndex > 6 && permit.rating === 'P2') {
      return { status: 'grounded', reason: 'strong thermals require P3 or above' };
    }

    const ceilingM = Math.min(wx.cloudBaseM - 150, permit.rating === 'P4' ? 3_000 : 2_000);
    return { status: 'cleared', permitNo: permit.permitNo, ceilingM };
  }

  async checkAll(requests: readonly PreflightRequest[]): Promise<Map<string, PreflightDecision>> {
    const out = new Map<string, PreflightDecision>();
    for (const req of requests) {
      out.set(req.pilotId, await this.check(req));
    }
    return out;
  }
}
