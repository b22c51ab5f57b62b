// expect: none
// Every async lookup used in the reminder text, including the free-desk count inside the template, is awaited before the string is built.
export interface Lesson {
  id: string;
  title: string; // e.g. "Kaisho: the eight strokes of 永"
  startsAt: Date;
  roomId: string;
  teacherId: string;
}

export interface Teacher {
  id: string;
  name: string;
  honorific: string;
}

export interface Roster {
  teacherFor(lesson: Lesson): Promise<Teacher>;
  enrolled(lessonId: string): Promise<Array<{ name: string; email: string }>>;
  deskCount(roomId: string): Promise<number>;
}

export interface Outbox {
  queue(to: string, subject: string, text: string): Promise<void>;
}

function formatTime(d: Date): string {
  return d.toLocaleString('en-GB', { weekday: 'long', hour: '2-digit', minute: '2-digit' });
}

export class LessonReminder {
  constructor(
    private readonly roster: Roster,
    private readonly outbox: Outbox,
  ) {}

  async freeDesks(lesson: Lesson): Promise<number> {
    const [desks, students] = await Promise.all([this.roster.deskCount(lesson.roomId), this.roster.enrolled(lesson.id)]);
    return Math.max(0, desks - students.length);
  }

  async compose(lesson: Lesson, studentName: string): Promise<string> {
    const teacher = await this.roster.teacherFor(lesson);
    return [
      `Dear ${studentName},`,
      ``,
      `A reminder that "${lesson.title}" with ${teacher.name} ${teacher.honorific} begins ${formatTime(lesson.startsAt)}.`,
      `Please bring your own bunchin and shitajiki; ink will be ground in class.`,
      `There are ${await this.freeDesks(lesson)} free desks if a friend would like to join.`,
    ].join('\n');
  }

  async sendAll(lesson: Lesson): Promise<number> {
    const students = await this.roster.enrolled(lesson.id);
    for (const s of students) {
      const text = await this.compose(lesson, s.name);
      await this.outbox.queue(s.email, `Reminder: ${lesson.title}`, text);
    }
    return students.length;
  }
}
