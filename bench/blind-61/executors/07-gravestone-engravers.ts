// expect: no-multiple-settle
// engraveLine clears its timeout on 'fault' but not on 'done', so a line that finishes normally still has the timer fire reject() later.
import { EventEmitter } from "node:events";

export interface InscriptionLine {
  text: string;
  font: "roman" | "script" | "block";
  heightMm: number;
  depthMm: number;
}

export interface EngravedLine {
  text: string;
  passes: number;
  durationMs: number;
}

export interface StoneJob {
  jobId: string;
  stone: "granite" | "marble" | "slate";
  lines: InscriptionLine[];
}

declare function connectEngraver(bay: number): EventEmitter & {
  start(program: string): void;
  home(): Promise<void>;
};
declare const jobBoard: {
  markLine(jobId: string, index: number, result: EngravedLine): Promise<void>;
  markFailed(jobId: string, reason: string): Promise<void>;
};

const FEED_MM_PER_MIN: Record<StoneJob["stone"], number> = {
  granite: 180,
  marble: 320,
  slate: 400,
};

export function estimateMs(line: InscriptionLine, stone: StoneJob["stone"]): number {
  const strokeLengthMm = line.text.replace(/\s+/g, "").length * line.heightMm * 3.2;
  const passes = Math.ceil(line.depthMm / 0.4);
  return Math.ceil(((strokeLengthMm * passes) / FEED_MM_PER_MIN[stone]) * 60_000);
}

function compileProgram(line: InscriptionLine): string {
  const escaped = line.text.replace(/"/g, '\\"');
  return `FONT ${line.font}\nHEIGHT ${line.heightMm}\nDEPTH ${line.depthMm}\nTEXT "${escaped}"\nEND`;
}

function engraveLine(
  engraver: ReturnType<typeof connectEngraver>,
  line: InscriptionLine,
  budgetMs: number,
): Promise<EngravedLine> {
  return new Promise<EngravedLine>((resolve, reject) => {
    const startedAt = Date.now();
    const timer = setTimeout(() => {
      reject(new Error(`engraving "${line.text}" exceeded ${budgetMs} ms`));
    }, budgetMs);

    engraver.once("done", (summary: { passes: number }) => {
      resolve({ text: line.text, passes: summary.passes, durationMs: Date.now() - startedAt });
    });
    engraver.once("fault", (err: Error) => {
      clearTimeout(timer);
      reject(err);
    });

    engraver.start(compileProgram(line));
  });
}

export async function engraveStone(bay: number, job: StoneJob): Promise<EngravedLine[]> {
  const engraver = connectEngraver(bay);
  const results: EngravedLine[] = [];
  await engraver.home();

  for (const [index, line] of job.lines.entries()) {
    if (line.depthMm > 6) {
      await jobBoard.markFailed(job.jobId, `line ${index} deeper than the 6 mm bit limit`);
      throw new RangeError(`line ${index} too deep: ${line.depthMm} mm`);
    }
    const budget = Math.max(30_000, estimateMs(line, job.stone) * 2);
    try {
      const result = await engraveLine(engraver, line, budget);
      results.push(result);
      await jobBoard.markLine(job.jobId, index, result);
    } catch (err) {
      await jobBoard.markFailed(job.jobId, err instanceof Error ? err.message : String(err));
      throw err;
    }
  }

  await engraver.home();
  return results;
}
