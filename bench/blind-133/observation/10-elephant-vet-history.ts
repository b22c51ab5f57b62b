// expect: no-unobserved-promise
// All history requests are started up front but awaited one at a time in the loop, so a later request that rejects while an earlier one is still being awaited has no handler yet.
export interface Resident {
  chipId: string;
  name: string;
  arrivedFrom: string;
  birthYear: number;
}

export interface VetRecord {
  date: string;
  kind: 'foot-trim' | 'tb-test' | 'dental' | 'bloodwork' | 'injury';
  notes: string;
  followUpDays?: number;
}

export interface VetSystem {
  history(chipId: string): Promise<VetRecord[]>;
}

export interface CareAlert {
  resident: string;
  reason: string;
}

const TB_TEST_INTERVAL_DAYS = 365;
const FOOT_TRIM_INTERVAL_DAYS = 42;

function daysSince(date: string, now: Date): number {
  return (now.getTime() - new Date(date).getTime()) / 86_400_000;
}

function latest(records: VetRecord[], kind: VetRecord['kind']): VetRecord | undefined {
  return records
    .filter((r) => r.kind === kind)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

export class SanctuaryCareReview {
  constructor(
    private readonly vet: VetSystem,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async review(residents: Resident[]): Promise<CareAlert[]> {
    const requests = residents.map((resident) => ({
      resident,
      history: this.vet.history(resident.chipId),
    }));

    const alerts: CareAlert[] = [];
    const now = this.now();
    for (const { resident, history } of requests) {
      const records = await history;

      const tb = latest(records, 'tb-test');
      if (!tb || daysSince(tb.date, now) > TB_TEST_INTERVAL_DAYS) {
        alerts.push({ resident: resident.name, reason: 'annual TB trunk-wash overdue' });
      }
      const trim = latest(records, 'foot-trim');
      if (!trim || daysSince(trim.date, now) > FOOT_TRIM_INTERVAL_DAYS) {
        alerts.push({ resident: resident.name, reason: 'foot trim overdue' });
      }
      for (const r of records) {
        if (r.followUpDays !== undefined && daysSince(r.date, now) > r.followUpDays) {
          alerts.push({ resident: resident.name, reason: `follow-up after ${r.kind} on ${r.date} missed` });
        }
      }
    }
    return alerts;
  }
}
