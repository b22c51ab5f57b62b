// expect: no-unobserved-promise
// The next page is prefetched with pages.next() while the current page is written; if that fetch rejects during the write (or on the early return), nothing observes it.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

interface StudentDive {
  studentId: string;
  instructorId: string;
  site: string;
  maxDepthM: number;
  skills: string[];
  signedOff: boolean;
}

declare const logbookApi: {
  pages(instructorId: string, pageSize: number): AsyncIterator<StudentDive[]>;
};

async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(line)) {
    await once(out, 'drain');
  }
}

export async function exportInstructorLogbook(
  instructorId: string,
  file: string,
  maxRows = 10_000,
): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const pages = logbookApi.pages(instructorId, 200);
  let rows = 0;

  await writeLine(out, 'student,site,max_depth_m,skills,signed_off\n');

  let next = pages.next();
  try {
    while (true) {
      const result = await next;
      if (result.done) break;
      next = pages.next();

      for (const dive of result.value) {
        if (rows >= maxRows) {
          console.warn(`logbook export for ${instructorId} truncated at ${maxRows} rows`);
          return rows;
        }
        const skills = dive.skills.join('|');
        await writeLine(out, `${dive.studentId},${dive.site},${dive.maxDepthM},${skills},${dive.signedOff}\n`);
        rows++;
      }
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return rows;
}
