// expect: no-promise-as-value
// The welcome email interpolates staff.displayName(), which returns a promise, so students are told their teacher is "[object Promise]".
export interface Student {
  id: string;
  firstName: string;
  email: string;
  level: "beginner" | "intermediate" | "advanced";
  locale: "de-CH" | "de-AT" | "en-GB";
}

export interface Course {
  id: string;
  title: string;
  teacherId: string;
  valley: string;
  weekday: number;
  startTime: string;
  maxStudents: number;
}

export interface Enrollment {
  enrollmentId: string;
  studentId: string;
  courseId: string;
  position: number;
}

declare const courses: {
  get(courseId: string): Promise<Course>;
  countEnrolled(courseId: string): Promise<number>;
};

declare const registrations: {
  create(input: { studentId: string; courseId: string }): Promise<Enrollment>;
};

declare const staff: {
  displayName(teacherId: string): Promise<string>;
};

declare const mailer: {
  send(message: { to: string; subject: string; body: string }): Promise<void>;
};

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const GREETING: Record<Student["locale"], string> = {
  "de-CH": "Grüezi",
  "de-AT": "Servus",
  "en-GB": "Hello",
};

export class CourseFullError extends Error {}

export async function enrollStudent(student: Student, courseId: string): Promise<Enrollment> {
  const [course, enrolled] = await Promise.all([courses.get(courseId), courses.countEnrolled(courseId)]);
  if (enrolled >= course.maxStudents) {
    throw new CourseFullError(`${course.title} is full (${course.maxStudents} students)`);
  }

  const enrollment = await registrations.create({ studentId: student.id, courseId });
  const body = [
    `${GREETING[student.locale]} ${student.firstName},`,
    "",
    `you are enrolled in "${course.title}" in ${course.valley} with ${staff.displayName(course.teacherId)}.`,
    `Lessons are every ${WEEKDAYS[course.weekday]} at ${course.startTime}.`,
    student.level === "beginner"
      ? "Bring water and a scarf — the first weeks are all about breath and the chest-to-head flip."
      : "Please prepare two yodels from your repertoire for the first session.",
    "",
    `Your place number is ${enrollment.position}.`,
  ].join("\n");

  await mailer.send({ to: student.email, subject: `Welcome to ${course.title}`, body });
  return enrollment;
}
