// expect: no-multiple-settle
// JSON.parse runs unguarded inside the readFile callback, so a malformed roster file throws out of the callback as an uncaught exception and the roster promise is never settled.
import { readFile, writeFile } from 'node:fs';
import { join } from 'node:path';

export type Script = 'italic' | 'copperplate' | 'blackletter' | 'brush';

export interface Student {
  name: string;
  email: string;
  level: 'beginner' | 'improver' | 'advanced';
  nibs: string[];
}

export interface ClassRoster {
  classId: string;
  script: Script;
  capacity: number;
  students: Student[];
}

export class RosterStore {
  constructor(private readonly dir: string) {}

  private pathFor(classId: string): string {
    return join(this.dir, `${classId}.roster.json`);
  }

  load(classId: string): Promise<ClassRoster> {
    return new Promise<ClassRoster>((resolve, reject) => {
      readFile(this.pathFor(classId), 'utf8', (err, text) => {
        if (err) {
          reject(err);
          return;
        }
        const roster = JSON.parse(text) as ClassRoster;
        resolve({ ...roster, classId });
      });
    });
  }

  save(roster: ClassRoster): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      writeFile(this.pathFor(roster.classId), JSON.stringify(roster, null, 2), (err) => {
        if (err) reject(err);
        else resolve();
      });
    });
  }
}

export async function enrol(store: RosterStore, classId: string, student: Student): Promise<ClassRoster> {
  const roster = await store.load(classId);
  if (roster.students.some((s) => s.email === student.email)) {
    return roster;
  }
  if (roster.students.length >= roster.capacity) {
    throw new Error(`${roster.script} class ${classId} is full (${roster.capacity} seats)`);
  }
  if (roster.script === 'copperplate' && !student.nibs.some((n) => n.startsWith('oblique'))) {
    throw new Error(`${student.name} needs an oblique holder for copperplate`);
  }
  const updated: ClassRoster = { ...roster, students: [...roster.students, student] };
  await store.save(updated);
  return updated;
}

export async function supplyList(store: RosterStore, classId: string): Promise<Map<string, number>> {
  const roster = await store.load(classId);
  const counts = new Map<string, number>();
  for (const s of roster.students) {
    for (const nib of s.nibs) counts.set(nib, (counts.get(nib) ?? 0) + 1);
  }
  return counts;
}
