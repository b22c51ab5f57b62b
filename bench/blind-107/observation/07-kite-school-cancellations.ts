// expect: no-floating-promises
// cancelForWind fires the per-student refund work with lessons.map(async …) as a bare statement, so the day is marked cancelled before any refund finishes and a failed refund is an unhandled rejection nobody retries.
export interface Lesson {
  id: string;
  studentEmail: string;
  instructor: string;
  slot: string; // "2024-07-14T10:00"
  paidCents: number;
}

export interface PaymentsApi {
  refund(lessonId: string, cents: number, reason: string): Promise<{ refundId: string }>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

export interface LessonRepo {
  forDay(day: string): Promise<Lesson[]>;
  markCancelled(day: string, reason: string): Promise<void>;
  recordRefund(lessonId: string, refundId: string): Promise<void>;
}

export interface WindReading {
  spot: string;
  sustainedKnots: number;
  gustKnots: number;
}

export class CancellationDesk {
  constructor(
    private readonly repo: LessonRepo,
    private readonly payments: PaymentsApi,
    private readonly mail: Mailer,
  ) {}

  shouldCancel(w: WindReading): string | null {
    if (w.gustKnots > 32) return `gusts of ${w.gustKnots} kn at ${w.spot}`;
    if (w.sustainedKnots < 9) return `not enough wind at ${w.spot} (${w.sustainedKnots} kn)`;
    if (w.gustKnots - w.sustainedKnots > 14) return `gusty, unstable conditions at ${w.spot}`;
    return null;
  }

  async cancelForWind(day: string, wind: WindReading): Promise<number> {
    const reason = this.shouldCancel(wind);
    if (!reason) return 0;

    const lessons = await this.repo.forDay(day);
    await this.repo.markCancelled(day, reason);

    lessons.map(async (lesson) => {
      const { refundId } = await this.payments.refund(lesson.id, lesson.paidCents, reason);
      await this.repo.recordRefund(lesson.id, refundId);
      await this.mail.send(
        lesson.studentEmail,
        `Lesson ${lesson.slot} cancelled`,
        `Sorry — ${reason}. Your ${(lesson.paidCents / 100).toFixed(2)} EUR is on its way back (ref ${refundId}).`,
      );
    });

    return lessons.length;
  }
}
