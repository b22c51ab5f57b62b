// expect: no-uncalled-async-function
// The 'defer' branch of the review callback returns scheduleFieldVisit itself instead of calling it, so no visit is ever booked.
export interface RenewalApplication {
  id: string;
  foragerId: string;
  zone: string;
  speciesRequested: string[];
  seasonKgRequested: number;
  previousSeasonKg: number;
}

export type Verdict =
  | { decision: 'approve'; seasonKg: number }
  | { decision: 'defer'; reason: string }
  | { decision: 'deny'; reason: string };

export interface Permit {
  permitNo: string;
  foragerId: string;
  zone: string;
  seasonKg: number;
  expires: Date;
}

declare const permitInspector: {
  review(application: RenewalApplication): Promise<Verdict>;
};
declare const permitOffice: {
  issue(application: RenewalApplication, seasonKg: number): Promise<Permit>;
  deny(application: RenewalApplication, reason: string): Promise<{ letterId: string }>;
};
declare const rangerDesk: {
  bookVisit(zone: string, foragerId: string, reason: string): Promise<{ visitId: string; date: Date }>;
};
declare const audit: {
  record(event: string, fields: Record<string, unknown>): void;
};

function issuePermit(application: RenewalApplication, seasonKg: number): Promise<Permit> {
  return permitOffice.issue(application, Math.min(seasonKg, application.seasonKgRequested));
}

function scheduleFieldVisit(application: RenewalApplication): Promise<{ visitId: string; date: Date }> {
  return rangerDesk.bookVisit(application.zone, application.foragerId, 'harvest volume review');
}

function denyRenewal(application: RenewalApplication, reason: string): Promise<{ letterId: string }> {
  return permitOffice.deny(application, reason);
}

export function needsEscalation(application: RenewalApplication): boolean {
  const growth = application.seasonKgRequested / Math.max(1, application.previousSeasonKg);
  return growth > 1.5 || application.speciesRequested.some((s) => /tuber|morchella/i.test(s));
}

export async function processRenewal(application: RenewalApplication): Promise<Verdict['decision']> {
  let decision: Verdict['decision'] = 'defer';
  const outcome = await permitInspector.review(application).then(async (verdict) => {
    decision = verdict.decision;
    switch (verdict.decision) {
      case 'approve':
        return issuePermit(application, verdict.seasonKg);
      case 'defer':
        return scheduleFieldVisit;
      case 'deny':
        return denyRenewal(application, verdict.reason);
    }
  });
  audit.record('permit.renewal.reviewed', {
    applicationId: application.id,
    zone: application.zone,
    escalated: needsEscalation(application),
    decision,
    outcome,
  });
  return decision;
}

export async function processZone(applications: RenewalApplication[]): Promise<Record<Verdict['decision'], number>> {
  const tally: Record<Verdict['decision'], number> = { approve: 0, defer: 0, deny: 0 };
  for (const application of applications) {
    tally[await processRenewal(application)] += 1;
  }
  return tally;
}
