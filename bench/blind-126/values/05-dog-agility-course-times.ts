// expect: no-read-before-settle
// standardCourseTime is assigned inside the fs.readFile callback but stored in the map and returned synchronously right after the call, so the default is always used.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface Obstacle {
  number: number;
  kind: 'jump' | 'tunnel' | 'weave' | 'aframe' | 'dogwalk' | 'seesaw' | 'tyre';
  x: number;
  y: number;
}

export interface CourseFile {
  ring: string;
  judge: string;
  grade: number;
  obstacles: Obstacle[];
}

const DEFAULT_SCT_SECONDS = 45;
const METRES_PER_SECOND_BY_GRADE: Record<number, number> = { 1: 3.0, 2: 3.3, 3: 3.6, 4: 3.8, 5: 4.0, 6: 4.2, 7: 4.4 };

export function measuredLengthM(course: CourseFile): number {
  const ordered = [...course.obstacles].sort((a, b) => a.number - b.number);
  let length = 0;
  for (let i = 1; i < ordered.length; i++) {
    length += Math.hypot(ordered[i].x - ordered[i - 1].x, ordered[i].y - ordered[i - 1].y);
  }
  return Math.round(length);
}

export function standardCourseTimeFor(course: CourseFile): number {
  const speed = METRES_PER_SECOND_BY_GRADE[course.grade] ?? 3.5;
  return Math.ceil(measuredLengthM(course) / speed);
}

export class CourseTimeBook {
  private readonly sctByRing = new Map<string, number>();
  private readonly problems: string[] = [];

  constructor(private readonly courseDir: string) {}

  loadRing(ring: string): number {
    let standardCourseTime = DEFAULT_SCT_SECONDS;
    readFile(join(this.courseDir, `${ring}.course.json`), 'utf8', (err, text) => {
      if (err) {
        this.problems.push(`${ring}: ${err.message}`);
        return;
      }
      try {
        standardCourseTime = standardCourseTimeFor(JSON.parse(text) as CourseFile);
      } catch (parseErr) {
        this.problems.push(`${ring}: unreadable course file (${(parseErr as Error).message})`);
      }
    });
    this.sctByRing.set(ring, standardCourseTime);
    return standardCourseTime;
  }

  maxCourseTime(ring: string): number {
    const sct = this.sctByRing.get(ring) ?? DEFAULT_SCT_SECONDS;
    return Math.ceil(sct * 1.5);
  }

  report(): string[] {
    const lines = [...this.sctByRing].map(([ring, sct]) => `${ring}: SCT ${sct}s, MCT ${this.maxCourseTime(ring)}s`);
    return [...lines, ...this.problems.map((p) => `problem — ${p}`)];
  }
}
