// expect: no-unobserved-promise
// waitlistP is started before awaiting getClass; it has no handler while that await runs, and on the NotFound/closed early throws it is abandoned, so its rejection goes unhandled.
export interface ClogClass {
  id: string;
  title: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  capacity: number;
  enrolled: number;
  open: boolean;
}

export interface WaitlistEntry {
  dancerId: string;
  addedAt: Date;
}

export class NotFound extends Error {
  readonly status = 404;
}

export class Conflict extends Error {
  readonly status = 409;
}

declare const studio: {
  getClass(id: string): Promise<ClogClass | null>;
  loadWaitlist(classId: string): Promise<WaitlistEntry[]>;
  enrol(classId: string, dancerId: string): Promise<void>;
  addToWaitlist(classId: string, dancerId: string): Promise<number>;
  dancerLevel(dancerId: string): Promise<ClogClass['level']>;
};

const LEVELS: ClogClass['level'][] = ['beginner', 'intermediate', 'advanced'];

export type EnrolOutcome =
  | { status: 'enrolled'; classTitle: string }
  | { status: 'waitlisted'; position: number };

export async function enrolDancer(classId: string, dancerId: string): Promise<EnrolOutcome> {
  const waitlistP = studio.loadWaitlist(classId);
  const cls = await studio.getClass(classId);
  if (!cls) throw new NotFound(`class ${classId} does not exist`);
  if (!cls.open) throw new Conflict(`${cls.title} is closed for enrolment`);

  const level = await studio.dancerLevel(dancerId);
  if (LEVELS.indexOf(level) < LEVELS.indexOf(cls.level)) {
    throw new Conflict(`${cls.title} needs ${cls.level} level; dancer is ${level}`);
  }

  const waitlist = await waitlistP;
  if (waitlist.some((w) => w.dancerId === dancerId)) {
    throw new Conflict('dancer is already on the waitlist');
  }

  if (cls.enrolled < cls.capacity && waitlist.length === 0) {
    await studio.enrol(classId, dancerId);
    return { status: 'enrolled', classTitle: cls.title };
  }

  const position = await studio.addToWaitlist(classId, dancerId);
  return { status: 'waitlisted', position };
}

export function describeOutcome(outcome: EnrolOutcome): string {
  return outcome.status === 'enrolled'
    ? `You're in! See you at ${outcome.classTitle}. Bring hard-soled shoes.`
    : `Class is full; you are number ${outcome.position} on the waitlist.`;
}
