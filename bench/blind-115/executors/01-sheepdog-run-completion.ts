// expect: none
// The run waiter settles exactly once on finish, disqualification, field error or overrun, and every path detaches all listeners and clears the timer.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';

export interface CourseConfig {
  courseId: string;
  maxRunSeconds: number;
  obstacles: string[];
}

export interface RunResult {
  handlerId: string;
  dogName: string;
  points: number;
  elapsedSeconds: number;
}

export class RunDisqualifiedError extends Error {
  constructor(
    readonly handlerId: string,
    readonly reason: string,
  ) {
    super(`run by ${handlerId} disqualified: ${reason}`);
    this.name = 'RunDisqualifiedError';
  }
}

export async function loadCourse(path: string): Promise<CourseConfig> {
  const raw = await readFile(path, 'utf8');
  const parsed = JSON.parse(raw) as Partial<CourseConfig>;
  if (!parsed.courseId || !Array.isArray(parsed.obstacles)) {
    throw new Error(`course file ${path} is missing courseId or obstacles`);
  }
  return {
    courseId: parsed.courseId,
    maxRunSeconds: parsed.maxRunSeconds ?? 600,
    obstacles: parsed.obstacles,
  };
}

const OVERRUN_GRACE_MS = 15_000;

export async function awaitRunCompletion(
  field: EventEmitter,
  handlerId: string,
  coursePath: string,
): Promise<RunResult> {
  const course = await loadCourse(coursePath);

  return new Promise<RunResult>((resolve, reject) => {
    const onFinished = (result: RunResult) => {
      if (result.handlerId !== handlerId) return;
      detach();
      resolve(result);
    };
    const onDisqualified = (id: string, reason: string) => {
      if (id !== handlerId) return;
      detach();
      reject(new RunDisqualifiedError(id, reason));
    };
    const onFieldError = (err: Error) => {
      detach();
      reject(err);
    };
    const overrun = setTimeout(() => {
      detach();
      reject(new Error(`run by ${handlerId} exceeded ${course.maxRunSeconds}s on ${course.courseId}`));
    }, course.maxRunSeconds * 1000 + OVERRUN_GRACE_MS);

    function detach(): void {
      clearTimeout(overrun);
      field.off('run-finished', onFinished);
      field.off('disqualified', onDisqualified);
      field.off('error', onFieldError);
    }

    field.on('run-finished', onFinished);
    field.on('disqualified', onDisqualified);
    field.on('error', onFieldError);
  });
}

export function formatRun(result: RunResult, course: CourseConfig): string {
  const perObstacle = course.obstacles.length > 0 ? result.points / course.obstacles.length : 0;
  return [
    `${result.dogName} (${result.handlerId})`,
    `${result.points} pts`,
    `${result.elapsedSeconds.toFixed(1)}s`,
    `${perObstacle.toFixed(2)} pts/obstacle`,
  ].join(' | ');
}
