// expect: no-promise-as-value
// formatLessonStart is async (it looks up the school's time zone), but the confirmation body interpolates its promise, so students are told their lesson begins "[object Promise]".
export interface Student {
  id: string;
  name: string;
  email: string;
  level: 'beginner' | 'intermediate' | 'advanced';
}

export interface Lesson {
  id: string;
  schoolId: string;
  title: string;
  teacherId: string;
  startsAt: Date;
  tatamiMats: 4.5 | 8 | 10;
  style: 'usucha' | 'koicha' | 'chabako';
}

declare const schools: {
  timezoneFor(schoolId: string): Promise<string>;
  addressOf(schoolId: string): Promise<string>;
};

declare const staff: {
  get(teacherId: string): Promise<{ name: string; title: 'sensei' | 'assistant' }>;
};

declare const enrolments: {
  add(lessonId: string, studentId: string): Promise<{ seat: number; capacity: number }>;
};

declare const mailer: {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
};

const WHAT_TO_BRING: Record<Lesson['style'], string> = {
  usucha: 'a fukusa (silk cloth), kaishi paper and a kashi-kiri pick',
  koicha: 'a fukusa, kaishi paper, a kashi-kiri pick and a kobukusa',
  chabako: 'your own chabako box if you have one; the school lends them otherwise',
};

async function formatLessonStart(lesson: Lesson): Promise<string> {
  const timeZone = await schools.timezoneFor(lesson.schoolId);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(lesson.startsAt);
}

export async function enrolStudent(student: Student, lesson: Lesson): Promise<number> {
  if (lesson.style === 'koicha' && student.level === 'beginner') {
    throw new Error('koicha lessons need at least a year of usucha practice');
  }

  const { seat, capacity } = await enrolments.add(lesson.id, student.id);
  const [teacher, address] = await Promise.all([staff.get(lesson.teacherId), schools.addressOf(lesson.schoolId)]);

  const text = [
    `Dear ${student.name},`,
    `You are enrolled in "${lesson.title}" with ${teacher.name} ${teacher.title === 'sensei' ? 'sensei' : ''}.`.trim(),
    `Your first lesson begins ${formatLessonStart(lesson)} at ${address}, in the ${lesson.tatamiMats}-mat room.`,
    `Please bring ${WHAT_TO_BRING[lesson.style]}, and white socks for the tatami.`,
    seat === capacity ? 'You have the last seat in this class.' : `There are ${capacity - seat} seats left.`,
  ].join('\n\n');

  await mailer.send({ to: student.email, subject: `Enrolled: ${lesson.title}`, text });
  return seat;
}
