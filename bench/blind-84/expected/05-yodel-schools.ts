// expect: none
// The method references handed to map(), then() and the queue are callbacks those APIs invoke; wherever a value is needed the code awaits an actual call.
export interface Lesson {
  id: string;
  teacher: string;
  style: "alpine" | "country" | "jodler-choir";
  startsAt: Date;
  durationMin: number;
  seats: number;
}

export interface Term {
  id: string;
  lessonIds: string[];
  village: string;
}

interface RawLesson {
  id: string;
  teacher_name: string;
  style: string;
  starts_at: string;
  duration_min: number;
  seats_left: number;
}

declare const api: {
  getTerm(termId: string): Promise<Term>;
  getLesson(id: string): Promise<RawLesson>;
};

declare const reminders: {
  process(name: string, handler: (job: { lessonId: string; studentEmail: string }) => Promise<void>): void;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

const STYLES = new Set<Lesson["style"]>(["alpine", "country", "jodler-choir"]);

export class YodelTimetable {
  private readonly lessons = new Map<string, Lesson>();

  constructor() {
    reminders.process("lesson-reminder", this.sendReminder);
  }

  private normalizeLesson = (raw: RawLesson): Lesson => ({
    id: raw.id,
    teacher: raw.teacher_name.trim(),
    style: STYLES.has(raw.style as Lesson["style"]) ? (raw.style as Lesson["style"]) : "alpine",
    startsAt: new Date(raw.starts_at),
    durationMin: raw.duration_min,
    seats: Math.max(0, raw.seats_left),
  });

  private loadLesson = (id: string): Promise<Lesson> => api.getLesson(id).then(this.normalizeLesson);

  private sendReminder = async (job: { lessonId: string; studentEmail: string }): Promise<void> => {
    const lesson = this.lessons.get(job.lessonId) ?? (await this.loadLesson(job.lessonId));
    const when = lesson.startsAt.toLocaleString("de-CH", { weekday: "long", hour: "2-digit", minute: "2-digit" });
    await mailer.send(job.studentEmail, "Your yodel lesson is tomorrow", `${lesson.style} with ${lesson.teacher}, ${when}.`);
  };

  async loadTerm(termId: string): Promise<Lesson[]> {
    const term = await api.getTerm(termId);
    const lessons = await Promise.all(term.lessonIds.map(this.loadLesson));
    for (const lesson of lessons) this.lessons.set(lesson.id, lesson);
    return lessons.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  }

  openSeats(style?: Lesson["style"]): number {
    let total = 0;
    for (const lesson of this.lessons.values()) {
      if (!style || lesson.style === style) total += lesson.seats;
    }
    return total;
  }
}
