// expect: none
// The reminder timer callback is synchronous and chains .catch onto the send, so a mailer failure is logged and counted rather than left as an unhandled rejection.
export interface Lesson {
  id: string;
  title: string;
  startsAt: Date;
  tutor: string;
  attendees: string[];
}

export interface ReminderMailer {
  remind(to: string, lesson: Lesson): Promise<void>;
}

export interface Logger {
  error(msg: string, err: unknown): void;
}

export class ReminderScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private failures = 0;

  constructor(
    private readonly mailer: ReminderMailer,
    private readonly log: Logger,
    private readonly leadMs = 24 * 60 * 60_000,
  ) {}

  get failedReminders(): number {
    return this.failures;
  }

  schedule(lesson: Lesson, now = Date.now()): boolean {
    const delay = lesson.startsAt.getTime() - this.leadMs - now;
    if (delay < 0) return false;
    this.cancel(lesson.id);
    const timer = setTimeout(() => {
      this.timers.delete(lesson.id);
      this.sendAll(lesson).catch((err: unknown) => {
        this.failures += 1;
        this.log.error(`reminders for "${lesson.title}" failed`, err);
      });
    }, delay);
    timer.unref();
    this.timers.set(lesson.id, timer);
    return true;
  }

  cancel(lessonId: string): void {
    const timer = this.timers.get(lessonId);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(lessonId);
    }
  }

  cancelAll(): void {
    for (const id of [...this.timers.keys()]) this.cancel(id);
  }

  private async sendAll(lesson: Lesson): Promise<void> {
    for (const student of lesson.attendees) {
      await this.mailer.remind(student, lesson);
    }
  }
}
