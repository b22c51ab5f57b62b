// expect: no-unchecked-settled-results
// The allSettled results are only counted, never inspected, so students whose certificate failed to render or send are still reported and registered as issued.
export type Script = 'kaisho' | 'gyosho' | 'sosho';

export interface Student {
  id: string;
  name: string;
  email: string;
  script: Script;
  examScore: number;
}

export interface CertificateRenderer {
  render(student: Student, grade: string, term: string): Promise<Uint8Array>;
}

export interface Mailer {
  send(
    to: string,
    subject: string,
    attachment: { filename: string; content: Uint8Array },
  ): Promise<{ messageId: string }>;
}

export interface Registry {
  markIssued(studentIds: string[], term: string): Promise<void>;
}

export interface IssueSummary {
  issued: number;
  belowPass: number;
}

export class CertificateDispatch {
  constructor(
    private readonly renderer: CertificateRenderer,
    private readonly mailer: Mailer,
    private readonly registry: Registry,
    private readonly passMark = 60,
  ) {}

  private gradeFor(student: Student): string {
    const dan = student.examScore >= 90 ? 'shodan' : student.examScore >= 75 ? '1-kyu' : '2-kyu';
    return `${student.script} ${dan}`;
  }

  private async issueOne(student: Student, term: string): Promise<string> {
    const grade = this.gradeFor(student);
    const pdf = await this.renderer.render(student, grade, term);
    const { messageId } = await this.mailer.send(student.email, `Your ${grade} certificate (${term})`, {
      filename: `certificate-${student.id}-${term}.pdf`,
      content: pdf,
    });
    return messageId;
  }

  async issueTerm(students: Student[], term: string): Promise<IssueSummary> {
    const eligible = students.filter((s) => s.examScore >= this.passMark);
    const results = await Promise.allSettled(eligible.map((s) => this.issueOne(s, term)));

    await this.registry.markIssued(
      eligible.map((s) => s.id),
      term,
    );

    return { issued: results.length, belowPass: students.length - eligible.length };
  }
}
