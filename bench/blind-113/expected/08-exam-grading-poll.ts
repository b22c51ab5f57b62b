// expect: no-reused-settled-promise
// waitForGrading requests the grading status once before the loop and then re-awaits that same settled promise on every poll, so it never sees the examiner's grade arrive.
import { setTimeout as sleep } from 'node:timers/promises';

export type GradingState = 'queued' | 'with-examiner' | 'graded' | 'returned-for-resubmission';

export interface GradingStatus {
  submissionId: string;
  state: GradingState;
  grade?: { script: string; rank: string; examiner: string; remarks: string };
}

export interface ExamApi {
  getGradingStatus(submissionId: string): Promise<GradingStatus>;
  submitScroll(studentId: string, scan: Uint8Array, script: string): Promise<{ submissionId: string }>;
}

export class ExamPortal {
  constructor(
    private readonly api: ExamApi,
    private readonly pollEveryMs = 30_000,
    private readonly maxPolls = 240,
  ) {}

  async waitForGrading(submissionId: string): Promise<NonNullable<GradingStatus['grade']>> {
    const status = this.api.getGradingStatus(submissionId);
    for (let poll = 0; poll < this.maxPolls; poll++) {
      const current = await status;
      if (current.state === 'graded' && current.grade) return current.grade;
      if (current.state === 'returned-for-resubmission') {
        throw new Error(`submission ${submissionId} was returned: ${current.grade?.remarks ?? 'see examiner notes'}`);
      }
      await sleep(this.pollEveryMs);
    }
    throw new Error(`submission ${submissionId} was not graded after ${this.maxPolls} checks`);
  }

  async submitAndWait(studentId: string, scan: Uint8Array, script: string) {
    if (scan.byteLength === 0) throw new Error('empty scan');
    const { submissionId } = await this.api.submitScroll(studentId, scan, script);
    const grade = await this.waitForGrading(submissionId);
    return { submissionId, ...grade };
  }
}

export function isFinal(status: GradingStatus): boolean {
  return status.state === 'graded' || status.state === 'returned-for-resubmission';
}

export function certificateLine(grade: { script: string; rank: string; examiner: string }): string {
  return `${grade.script} — ${grade.rank}, examined by ${grade.examiner}`;
}
