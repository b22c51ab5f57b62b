// expect: no-promise-as-value
// The request body embeds this.surfaceWindAt(...) without awaiting it, so JSON.stringify serialises the pending promise as {} and the tower never receives the surface wind.
export interface BalloonFlightPlan {
  envelopeReg: string;
  pilotLicence: string;
  launchSite: string;
  launchAt: string;
  passengers: number;
  maxAltitudeFt: number;
}

export interface SurfaceWind {
  dirDeg: number;
  speedKt: number;
  gustKt: number | null;
}

export interface MetarSource {
  latest(icao: string): Promise<{ raw: string; observedAt: string }>;
}

const WIND_GROUP = /\b(\d{3}|VRB)(\d{2})(?:G(\d{2}))?KT\b/;

export class TowerLiaison {
  constructor(
    private readonly towerUrl: string,
    private readonly metar: MetarSource,
    private readonly nearestIcao: Record<string, string>,
  ) {}

  async surfaceWindAt(site: string): Promise<SurfaceWind | null> {
    const icao = this.nearestIcao[site];
    if (!icao) return null;
    const { raw } = await this.metar.latest(icao);
    const m = WIND_GROUP.exec(raw);
    if (!m) return null;
    return {
      dirDeg: m[1] === 'VRB' ? -1 : Number(m[1]),
      speedKt: Number(m[2]),
      gustKt: m[3] ? Number(m[3]) : null,
    };
  }

  async submitToTower(plan: BalloonFlightPlan): Promise<string> {
    if (plan.passengers > 16) {
      throw new Error(`basket certified for 16 passengers, plan lists ${plan.passengers}`);
    }
    const res = await fetch(`${this.towerUrl}/vfr/balloon-plans`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...plan,
        aircraftType: 'BALL',
        surfaceWind: this.surfaceWindAt(plan.launchSite),
        submittedAt: new Date().toISOString(),
      }),
    });
    if (res.status === 409) {
      throw new Error(`a plan for ${plan.envelopeReg} at ${plan.launchAt} is already on file`);
    }
    if (!res.ok) {
      throw new Error(`tower rejected plan: HTTP ${res.status} ${await res.text()}`);
    }
    const { reference } = (await res.json()) as { reference: string };
    return reference;
  }
}
