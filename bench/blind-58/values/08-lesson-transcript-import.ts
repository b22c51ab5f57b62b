// expect: none
// The counters filled in by the readline 'line' handler are read only after await once(rl, 'close'), by which point every line has been processed.
import { createReadStream } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";

export interface LessonSummary {
  lessonId: string;
  studentId: string;
  problemsSeen: number;
  correct: number;
  fastestMs: number | null;
  beadMovesPerProblem: number;
}

declare const lessons: {
  transcriptPath(lessonId: string): Promise<string>;
  saveSummary(summary: LessonSummary): Promise<void>;
};

const EVENT = /^(\d+)\t(\w+)\t(\S+)\t(\S*)$/;

export async function importTranscript(lessonId: string, studentId: string): Promise<LessonSummary> {
  const file = await lessons.transcriptPath(lessonId);

  let problemsSeen = 0;
  let correct = 0;
  let beadMoves = 0;
  let fastestMs: number | null = null;
  let shownAt = 0;

  const rl = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  rl.on("line", (line) => {
    const match = EVENT.exec(line);
    if (!match) return;
    const at = Number(match[1]);
    switch (match[2]) {
      case "shown":
        problemsSeen += 1;
        shownAt = at;
        break;
      case "bead":
        beadMoves += 1;
        break;
      case "answer":
        if (match[4] === "correct") {
          correct += 1;
          const elapsed = at - shownAt;
          fastestMs = fastestMs === null ? elapsed : Math.min(fastestMs, elapsed);
        }
        break;
    }
  });
  await once(rl, "close");

  const summary: LessonSummary = {
    lessonId,
    studentId,
    problemsSeen,
    correct,
    fastestMs,
    beadMovesPerProblem: problemsSeen > 0 ? Math.round((beadMoves / problemsSeen) * 10) / 10 : 0,
  };
  await lessons.saveSummary(summary);
  return summary;
}
