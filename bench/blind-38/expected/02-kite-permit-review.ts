// expect: no-uncalled-async-function
// reviewDay puts the refreshWindAdvisory method itself into Promise.all instead of calling it, so decisions use a stale advisory.
export interface PermitApplication {
  permitId: string;
  flyer: string;
  kiteClass: 'single-line' | 'dual-line' | 'quad-line' | 'giant-show';
  lineLengthM: number;
  field: 'north-meadow' | 'beach' | 'showground';
  slot: string;
}

export interface WindAdvisory {
  issuedAt: string;
  sustainedKmh: number;
  gustKmh: number;
  direction: number;
}

export type Decision =
  | { permitId: string; outcome: 'approved' }
  | { permitId: string; outcome: 'moved'; field: PermitApplication['field'] }
  | { permitId: string; outcome: 'declined'; reason: string };

declare const permitsApi: {
  applications(day: string): Promise<PermitApplication[]>;
  record(decisions: Decision[]): Promise<void>;
};
declare const metOffice: { latest(site: string): Promise<WindAdvisory> };

const FIELD_LINE_LIMIT_M: Record<PermitApplication['field'], number> = {
  'north-meadow': 60,
  beach: 120,
  showground: 45,
};

export class PermitReviewDesk {
  private advisory: WindAdvisory = { issuedAt: '1970-01-01T00:00:00Z', sustainedKmh: 0, gustKmh: 0, direction: 0 };

  constructor(private readonly site: string) {}

  async refreshWindAdvisory(): Promise<void> {
    this.advisory = await metOffice.latest(this.site);
  }

  async loadApplications(day: string): Promise<PermitApplication[]> {
    const apps = await permitsApi.applications(day);
    return apps.sort((a, b) => a.slot.localeCompare(b.slot));
  }

  decide(app: PermitApplication): Decision {
    const { gustKmh, sustainedKmh } = this.advisory;
    if (app.kiteClass === 'giant-show' && gustKmh > 35) {
      return { permitId: app.permitId, outcome: 'declined', reason: `gusts ${gustKmh} km/h over show-kite limit` };
    }
    if (app.kiteClass === 'quad-line' && sustainedKmh < 8) {
      return { permitId: app.permitId, outcome: 'declined', reason: 'not enough wind for quad-line' };
    }
    if (app.lineLengthM > FIELD_LINE_LIMIT_M[app.field]) {
      const roomier = (Object.keys(FIELD_LINE_LIMIT_M) as PermitApplication['field'][]).find(
        (f) => FIELD_LINE_LIMIT_M[f] >= app.lineLengthM,
      );
      return roomier
        ? { permitId: app.permitId, outcome: 'moved', field: roomier }
        : { permitId: app.permitId, outcome: 'declined', reason: `line of ${app.lineLengthM} m too long` };
    }
    return { permitId: app.permitId, outcome: 'approved' };
  }

  async reviewDay(day: string): Promise<Decision[]> {
    const [, applications] = await Promise.all([this.refreshWindAdvisory, this.loadApplications(day)]);
    const decisions = applications.map((app) => this.decide(app));
    await permitsApi.record(decisions);
    return decisions;
  }
}
