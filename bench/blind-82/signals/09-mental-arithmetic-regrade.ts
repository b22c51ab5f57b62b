// expect: require-signal-propagation
// regradeTerm accepts options.signal but never checks or forwards it, so an aborted regrade keeps rewriting every pupil's gradebook entry.
export interface ExamSheet {
  pupilId: string;
  level: number;
  answers: number[];
  secondsTaken: number;
}

export interface AnswerKey {
  level: number;
  answers: number[];
  timeLimitSec: number;
}

export interface GradeRecord {
  pupilId: string;
  level: number;
  score: number;
  passed: boolean;
  promotedTo: number | null;
}

export interface RegradeOptions {
  signal?: AbortSignal;
  dryRun?: boolean;
  passMark?: number;
}

declare const examArchive: {
  sheetsForTerm(term: string): Promise<ExamSheet[]>;
  answerKey(level: number): Promise<AnswerKey>;
};

declare const gradebook: {
  write(term: string, record: GradeRecord): Promise<void>;
  current(term: string, pupilId: string): Promise<GradeRecord | null>;
};

function grade(sheet: ExamSheet, key: AnswerKey, passMark: number): GradeRecord {
  let correct = 0;
  for (let i = 0; i < key.answers.length; i++) {
    if (sheet.answers[i] === key.answers[i]) correct += 1;
  }
  const overtime = Math.max(0, sheet.secondsTaken - key.timeLimitSec);
  const penalty = Math.min(correct, Math.floor(overtime / 30));
  const score = Math.round(((correct - penalty) / key.answers.length) * 100);
  const passed = score >= passMark;
  return {
    pupilId: sheet.pupilId,
    level: sheet.level,
    score,
    passed,
    promotedTo: passed && score >= 95 ? sheet.level + 1 : null,
  };
}

export async function regradeTerm(
  term: string,
  options: RegradeOptions = {},
): Promise<{ changed: GradeRecord[]; unchanged: number }> {
  const passMark = options.passMark ?? 80;
  const sheets = await examArchive.sheetsForTerm(term);
  const keys = new Map<number, AnswerKey>();
  const changed: GradeRecord[] = [];
  let unchanged = 0;

  for (const sheet of sheets) {
    let key = keys.get(sheet.level);
    if (!key) {
      key = await examArchive.answerKey(sheet.level);
      keys.set(sheet.level, key);
    }

    const record = grade(sheet, key, passMark);
    const previous = await gradebook.current(term, sheet.pupilId);
    if (previous && previous.score === record.score && previous.passed === record.passed) {
      unchanged += 1;
      continue;
    }

    changed.push(record);
    if (!options.dryRun) {
      await gradebook.write(term, record);
    }
  }

  return { changed, unchanged };
}

export function promotionList(records: GradeRecord[]): string[] {
  return records
    .filter((r) => r.promotedTo !== null)
    .sort((a, b) => b.score - a.score)
    .map((r) => `${r.pupilId}: level ${r.level} -> ${r.promotedTo} (${r.score}%)`);
}
