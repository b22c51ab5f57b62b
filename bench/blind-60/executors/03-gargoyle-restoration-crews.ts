// expect: no-multiple-settle
// In lookupCrew the "crew is off-site" branch rejects but falls through to resolve, so the executor settles twice on that path.
export type Specialty = 'limestone' | 'granite' | 'lead-flashing' | 'grotesque-carving';

export interface CrewRecord {
  id: string;
  lead: string;
  specialties: Specialty[];
  onSite: boolean;
  harnessCertifiedUntil: string;
}

export interface Assignment {
  crewId: string;
  gargoyleId: string;
  startsOn: string;
}

type NodeCallback<T> = (err: Error | null, value?: T) => void;

// Legacy scheduling SDK from the cathedral works office; callback-only.
declare const worksOffice: {
  findCrew(id: string, cb: NodeCallback<CrewRecord>): void;
  listCrews(specialty: Specialty, cb: NodeCallback<string[]>): void;
  book(assignment: Assignment, cb: NodeCallback<{ ref: string }>): void;
};

export class CrewUnavailableError extends Error {
  constructor(readonly crewId: string, reason: string) {
    super(`crew ${crewId} unavailable: ${reason}`);
    this.name = 'CrewUnavailableError';
  }
}

function certificationValid(record: CrewRecord, on: string): boolean {
  return Date.parse(record.harnessCertifiedUntil) >= Date.parse(on);
}

export function lookupCrew(id: string, startsOn: string): Promise<CrewRecord> {
  return new Promise<CrewRecord>((resolve, reject) => {
    worksOffice.findCrew(id, (err, record) => {
      if (err) {
        reject(err);
        return;
      }
      if (!record) {
        reject(new CrewUnavailableError(id, 'not found'));
        return;
      }
      if (!record.onSite) {
        reject(new CrewUnavailableError(id, 'off-site'));
      }
      if (!certificationValid(record, startsOn)) {
        reject(new CrewUnavailableError(id, 'harness certification lapsed'));
        return;
      }
      resolve(record);
    });
  });
}

function listCrews(specialty: Specialty): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    worksOffice.listCrews(specialty, (err, ids) => {
      if (err) return reject(err);
      resolve(ids ?? []);
    });
  });
}

function book(assignment: Assignment): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    worksOffice.book(assignment, (err, receipt) => {
      if (err || !receipt) return reject(err ?? new Error('empty booking receipt'));
      resolve(receipt.ref);
    });
  });
}

export async function assignRestoration(
  gargoyleId: string,
  specialty: Specialty,
  startsOn: string,
): Promise<{ crew: CrewRecord; bookingRef: string }> {
  const candidates = await listCrews(specialty);
  const rejections: string[] = [];

  for (const crewId of candidates) {
    try {
      const crew = await lookupCrew(crewId, startsOn);
      const bookingRef = await book({ crewId, gargoyleId, startsOn });
      return { crew, bookingRef };
    } catch (err) {
      if (!(err instanceof CrewUnavailableError)) throw err;
      rejections.push(err.message);
    }
  }

  throw new Error(
    `no ${specialty} crew for gargoyle ${gargoyleId} on ${startsOn}: ${rejections.join('; ') || 'no candidates'}`,
  );
}
