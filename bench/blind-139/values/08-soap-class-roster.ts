// expect: no-read-before-settle
// openEnrolment starts loading the roster with .then(), which assigns this.roster later, but computes seatsLeft from this.roster.length synchronously right away, so it always sees the empty initial roster.
export interface Student {
  email: string;
  name: string;
  allergicToLye: boolean;
}

export interface RosterStore {
  load(classId: string): Promise<Student[]>;
  save(classId: string, students: Student[]): Promise<void>;
}

export interface EnrolmentWindow {
  classId: string;
  seatsLeft: number;
  opensAt: Date;
}

export class SoapClassRoster {
  private roster: Student[] = [];
  private loadError: unknown = null;

  constructor(
    private readonly store: RosterStore,
    private readonly classId: string,
    private readonly capacity: number,
  ) {}

  openEnrolment(now = new Date()): EnrolmentWindow {
    this.store.load(this.classId).then(
      (students) => {
        this.roster = students;
      },
      (err: unknown) => {
        this.loadError = err;
      },
    );

    const seatsLeft = Math.max(0, this.capacity - this.roster.length);
    return { classId: this.classId, seatsLeft, opensAt: now };
  }

  async enrol(student: Student): Promise<number> {
    if (this.loadError) throw this.loadError;
    if (this.roster.some((s) => s.email === student.email)) {
      return this.capacity - this.roster.length;
    }
    if (this.roster.length >= this.capacity) {
      throw new Error(`class ${this.classId} is full`);
    }
    const next = [...this.roster, student];
    await this.store.save(this.classId, next);
    this.roster = next;
    return this.capacity - next.length;
  }

  lyeWarnings(): string[] {
    return this.roster.filter((s) => s.allergicToLye).map((s) => `${s.name} <${s.email}>`);
  }

  get size(): number {
    return this.roster.length;
  }
}
