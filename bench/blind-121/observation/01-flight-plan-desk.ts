// expect: no-floating-promises
// filePlan() calls the async notifyChaseCrew() without awaiting or handling it, so an SMS or crew-lookup failure becomes an unhandled rejection.
export interface FlightPlanDraft {
  pilotId: string;
  envelopeReg: string;
  launchSite: { lat: number; lon: number; name: string };
  launchAt: Date;
  expectedDurationMin: number;
  radiusNm: number;
}

export interface FiledPlan extends FlightPlanDraft {
  id: string;
  filedAt: Date;
}

export interface Notam {
  id: string;
  kind: 'TFR' | 'PARACHUTE' | 'CRANE' | 'OTHER';
  text: string;
}

export interface AviationApi {
  notamsNear(site: { lat: number; lon: number }, radiusNm: number, at: Date): Promise<Notam[]>;
}

export interface PlanStore {
  insert(plan: FlightPlanDraft): Promise<FiledPlan>;
  crewFor(planId: string): Promise<Array<{ name: string; phone: string }>>;
}

export interface SmsGateway {
  send(phone: string, body: string): Promise<void>;
}

export class FlightPlanDesk {
  constructor(
    private readonly aviation: AviationApi,
    private readonly plans: PlanStore,
    private readonly sms: SmsGateway,
  ) {}

  async filePlan(draft: FlightPlanDraft): Promise<FiledPlan> {
    if (draft.expectedDurationMin > 240) {
      throw new Error(`flight of ${draft.expectedDurationMin} min exceeds fuel reserve policy`);
    }
    if (draft.launchAt.getTime() < Date.now()) {
      throw new Error('launch time is in the past');
    }

    const notams = await this.aviation.notamsNear(draft.launchSite, draft.radiusNm, draft.launchAt);
    const blocking = notams.filter((n) => n.kind === 'TFR' || n.kind === 'PARACHUTE');
    if (blocking.length > 0) {
      throw new Error(`launch blocked by ${blocking.map((n) => n.id).join(', ')}`);
    }

    const filed = await this.plans.insert(draft);
    this.notifyChaseCrew(filed);
    return filed;
  }

  private async notifyChaseCrew(plan: FiledPlan): Promise<void> {
    const crew = await this.plans.crewFor(plan.id);
    const when = plan.launchAt.toISOString().slice(11, 16);
    for (const member of crew) {
      await this.sms.send(
        member.phone,
        `${plan.envelopeReg} launching ${when}Z from ${plan.launchSite.name}; chase radio ch 4.`,
      );
    }
  }
}
