// expect: no-uncalled-async-function
// The scheduler task's false branch returns this.refreshAttendance instead of calling it, so on ordinary ticks attendance is never refreshed.
export interface Lesson {
  id: string;
  schoolId: string;
  title: string;
  startsAt: Date;
  teacherId: string;
  tatamiRoom: string;
}

export interface AttendanceRow {
  lessonId: string;
  studentId: string;
  present: boolean;
}

declare const scheduler: {
  every(intervalMs: number, task: () => unknown): { cancel(): void };
};

declare const lessonsDb: {
  upcoming(schoolId: string, from: Date, to: Date): Promise<Lesson[]>;
  attendance(lessonIds: string[]): Promise<AttendanceRow[]>;
};

declare const noticeBoard: {
  replaceTimetable(schoolId: string, lessons: Lesson[]): Promise<void>;
  updateAttendance(schoolId: string, counts: Record<string, number>): Promise<void>;
};

const REFRESH_MS = 15 * 60_000;
const HORIZON_DAYS = 14;

export class TimetableBoard {
  private lessons: Lesson[] = [];
  private lastRebuild = 0;
  private handle: { cancel(): void } | null = null;

  constructor(private readonly schoolId: string) {}

  private get needsRebuild(): boolean {
    // Rebuild the whole timetable twice a day or when we have nothing cached.
    return this.lessons.length === 0 || Date.now() - this.lastRebuild > 12 * 3_600_000;
  }

  async rebuildTimetable(): Promise<void> {
    const from = new Date();
    const to = new Date(from.getTime() + HORIZON_DAYS * 86_400_000);
    const lessons = await lessonsDb.upcoming(this.schoolId, from, to);
    lessons.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    await noticeBoard.replaceTimetable(this.schoolId, lessons);
    this.lessons = lessons;
    this.lastRebuild = Date.now();
    await this.refreshAttendance();
  }

  async refreshAttendance(): Promise<void> {
    const now = Date.now();
    const current = this.lessons.filter((l) => Math.abs(l.startsAt.getTime() - now) < 7 * 86_400_000);
    if (current.length === 0) return;
    const rows = await lessonsDb.attendance(current.map((l) => l.id));
    const counts: Record<string, number> = {};
    for (const row of rows) {
      if (row.present) counts[row.lessonId] = (counts[row.lessonId] ?? 0) + 1;
    }
    await noticeBoard.updateAttendance(this.schoolId, counts);
  }

  start(): void {
    if (this.handle) return;
    // The scheduler awaits whatever the task returns before the next tick.
    this.handle = scheduler.every(REFRESH_MS, () =>
      this.needsRebuild ? this.rebuildTimetable() : this.refreshAttendance,
    );
  }

  stop(): void {
    this.handle?.cancel();
    this.handle = null;
  }

  lessonsInRoom(room: string): Lesson[] {
    return this.lessons.filter((l) => l.tatamiRoom === room);
  }
}
