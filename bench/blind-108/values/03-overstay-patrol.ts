// expect: no-promise-as-value
// licences.covers() returns a Promise<boolean> that is negated without await, and a promise is always truthy, so the patrol never issues an unlicensed-boat notice no matter what the licence register says.
export interface Sighting {
  boatIndex: string;
  name: string;
  berth: string;
  seenAt: Date;
}

export interface LicenceRegister {
  covers(boatIndex: string, on: Date): Promise<boolean>;
}

export interface SightingLog {
  history(boatIndex: string, sinceDays: number): Promise<Sighting[]>;
}

export type Notice =
  | { kind: 'unlicensed'; boatIndex: string; berth: string }
  | { kind: 'overstay'; boatIndex: string; berth: string; days: number };

export interface NoticeSender {
  issue(notice: Notice): Promise<void>;
}

const MAX_STAY_DAYS = 14;

function consecutiveDaysAt(berth: string, history: Sighting[]): number {
  const days = new Set<string>();
  for (const s of [...history].sort((a, b) => b.seenAt.getTime() - a.seenAt.getTime())) {
    if (s.berth !== berth) break;
    days.add(s.seenAt.toISOString().slice(0, 10));
  }
  return days.size;
}

export class OverstayPatrol {
  constructor(
    private readonly licences: LicenceRegister,
    private readonly log: SightingLog,
    private readonly notices: NoticeSender,
  ) {}

  async review(today: Sighting[]): Promise<Notice[]> {
    const issued: Notice[] = [];
    for (const sighting of today) {
      if (!this.licences.covers(sighting.boatIndex, sighting.seenAt)) {
        const notice: Notice = { kind: 'unlicensed', boatIndex: sighting.boatIndex, berth: sighting.berth };
        await this.notices.issue(notice);
        issued.push(notice);
        continue;
      }

      const history = await this.log.history(sighting.boatIndex, MAX_STAY_DAYS + 7);
      const days = consecutiveDaysAt(sighting.berth, [sighting, ...history]);
      if (days > MAX_STAY_DAYS) {
        const notice: Notice = { kind: 'overstay', boatIndex: sighting.boatIndex, berth: sighting.berth, days };
        await this.notices.issue(notice);
        issued.push(notice);
      }
    }
    return issued;
  }
}
