// expect: none
// The confirmation e-mail is deliberately detached with void plus a .catch that reports failures, and the event listener wraps its async work in a handled chain, so nothing is dropped.
import { EventEmitter } from 'node:events';

export interface Lesson {
  lessonId: string;
  spot: string;
  level: 'beginner' | 'improver' | 'advanced';
  startsAt: Date;
  capacity: number;
}

export interface Student {
  studentId: string;
  email: string;
  weightKg: number;
}

export interface BookingDb {
  lesson(lessonId: string): Promise<Lesson>;
  enrolled(lessonId: string): Promise<number>;
  enrol(lessonId: string, studentId: string, kiteSizeM2: number): Promise<void>;
  lessonsAt(spot: string, after: Date): Promise<Lesson[]>;
  cancelLesson(lessonId: string, reason: string): Promise<void>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

export function kiteSizeFor(weightKg: number, windKnots: number): number {
  const raw = (weightKg * 2.2) / windKnots;
  return Math.min(17, Math.max(5, Math.round(raw)));
}

export class LessonBooking extends EventEmitter {
  constructor(
    private readonly db: BookingDb,
    private readonly mailer: Mailer,
    weatherFeed: EventEmitter,
  ) {
    super();
    weatherFeed.on('storm-warning', (spot: string) => {
      this.cancelSpot(spot).catch((err: unknown) => this.emit('cancel-failed', { spot, err }));
    });
  }

  async book(student: Student, lessonId: string, forecastKnots: number): Promise<number> {
    const lesson = await this.db.lesson(lessonId);
    const taken = await this.db.enrolled(lessonId);
    if (taken >= lesson.capacity) {
      throw new Error(`lesson ${lessonId} at ${lesson.spot} is full`);
    }
    const kite = kiteSizeFor(student.weightKg, forecastKnots);
    await this.db.enrol(lessonId, student.studentId, kite);

    void this.mailer
      .send(student.email, `Kite lesson at ${lesson.spot}`, `See you ${lesson.startsAt.toISOString()} — we've set aside a ${kite} m² kite.`)
      .catch((err: unknown) => this.emit('mail-failed', { studentId: student.studentId, err }));

    return kite;
  }

  private async cancelSpot(spot: string): Promise<void> {
    const today = await this.db.lessonsAt(spot, new Date());
    await Promise.all(today.map((l) => this.db.cancelLesson(l.lessonId, 'storm warning')));
    this.emit('spot-cancelled', { spot, lessons: today.length });
  }
}
