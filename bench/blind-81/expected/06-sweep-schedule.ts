// expect: no-uncalled-async-function
// In dispatchDay the non-CCTV branch of the map callback returns this.confirmStandardSweep instead of calling it, so ordinary visits are never confirmed.
export interface SweepVisit {
  visitId: string;
  customerId: string;
  address: string;
  flues: number;
  fuel: 'wood' | 'coal' | 'oil' | 'gas';
  lastSweptAt?: string;
  requiresCctv: boolean;
}

export interface Crew {
  crewId: string;
  lead: string;
  hasCctvKit: boolean;
  maxVisits: number;
}

declare const bookings: {
  confirm(visitId: string, crewId: string, kind: 'standard' | 'cctv'): Promise<void>;
};
declare const customers: {
  notify(customerId: string, message: string): Promise<void>;
};
declare const dispatchLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const MONTHS_BETWEEN_SWEEPS: Record<SweepVisit['fuel'], number> = { wood: 6, coal: 6, oil: 12, gas: 12 };

export class SweepDispatcher {
  constructor(private readonly crews: Crew[]) {}

  private assign(visits: SweepVisit[]): Map<string, Crew> {
    const load = new Map<string, number>();
    const assignment = new Map<string, Crew>();
    for (const visit of visits) {
      const crew = this.crews.find(
        (c) => (load.get(c.crewId) ?? 0) < c.maxVisits && (!visit.requiresCctv || c.hasCctvKit),
      );
      if (!crew) throw new Error(`no crew free for visit ${visit.visitId}`);
      load.set(crew.crewId, (load.get(crew.crewId) ?? 0) + 1);
      assignment.set(visit.visitId, crew);
    }
    return assignment;
  }

  private async bookCameraSurvey(visit: SweepVisit, crew: Crew): Promise<void> {
    await bookings.confirm(visit.visitId, crew.crewId, 'cctv');
    await customers.notify(
      visit.customerId,
      `${crew.lead} will sweep and camera-survey ${visit.flues} flue(s) at ${visit.address}.`,
    );
  }

  private async confirmStandardSweep(visit: SweepVisit, crew: Crew): Promise<void> {
    await bookings.confirm(visit.visitId, crew.crewId, 'standard');
    await customers.notify(visit.customerId, `${crew.lead} will sweep ${visit.flues} flue(s) at ${visit.address}.`);
  }

  overdue(visits: readonly SweepVisit[], today: Date): SweepVisit[] {
    return visits.filter((visit) => {
      if (!visit.lastSweptAt) return true;
      const last = new Date(visit.lastSweptAt);
      const due = new Date(last);
      due.setMonth(due.getMonth() + MONTHS_BETWEEN_SWEEPS[visit.fuel]);
      return due <= today;
    });
  }

  async dispatchDay(visits: SweepVisit[]): Promise<number> {
    const ordered = [...visits].sort((a, b) => Number(b.requiresCctv) - Number(a.requiresCctv));
    const assignment = this.assign(ordered);
    await Promise.all(
      ordered.map((visit) =>
        visit.requiresCctv ? this.bookCameraSurvey(visit, assignment.get(visit.visitId)!) : this.confirmStandardSweep,
      ),
    );
    dispatchLog.info('sweep day dispatched', {
      visits: ordered.length,
      cctv: ordered.filter((v) => v.requiresCctv).length,
    });
    return ordered.length;
  }
}
