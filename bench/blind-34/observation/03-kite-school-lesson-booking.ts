// expect: none
// The weather check is started early but returned from the function (the caller awaits it) and the instructor lookup is awaited together via Promise.all.
export interface Lesson {
  lessonId: string;
  studentId: string;
  instructorId: string;
  spot: string;
  startsAt: string;
  level: "discovery" | "intermediate" | "advanced";
}

export interface Forecast {
  spot: string;
  windKnots: number;
  gustKnots: number;
}

declare const forecastApi: {
  at(spot: string, when: string): Promise<Forecast>;
};

declare const staffApi: {
  available(spot: string, when: string): Promise<string[]>;
};

declare const bookingStore: {
  save(lesson: Lesson): Promise<void>;
  countForStudent(studentId: string): Promise<number>;
};

const WIND_RANGE: Record<Lesson["level"], [number, number]> = {
  discovery: [10, 18],
  intermediate: [12, 25],
  advanced: [15, 35],
};

export function forecastFor(spot: string, startsAt: string): Promise<Forecast> {
  const pending = forecastApi.at(spot, startsAt);
  return pending;
}

export async function bookLesson(
  studentId: string,
  spot: string,
  startsAt: string,
  level: Lesson["level"],
): Promise<Lesson> {
  const [forecast, instructors, previous] = await Promise.all([
    forecastFor(spot, startsAt),
    staffApi.available(spot, startsAt),
    bookingStore.countForStudent(studentId),
  ]);
  const [min, max] = WIND_RANGE[level];
  if (forecast.windKnots < min || forecast.gustKnots > max) {
    throw new Error(`wind ${forecast.windKnots}-${forecast.gustKnots}kn unsuitable for ${level}`);
  }
  if (instructors.length === 0) {
    throw new Error(`no instructor free at ${spot} ${startsAt}`);
  }
  const lesson: Lesson = {
    lessonId: `${studentId}-${previous + 1}`,
    studentId,
    instructorId: instructors[previous % instructors.length],
    spot,
    startsAt,
    level,
  };
  await bookingStore.save(lesson);
  return lesson;
}

export async function bookSeries(
  studentId: string,
  spot: string,
  slots: string[],
  level: Lesson["level"],
): Promise<Lesson[]> {
  const lessons: Lesson[] = [];
  for (const slot of slots) {
    lessons.push(await bookLesson(studentId, spot, slot, level));
  }
  return lessons;
}
