// expect: none
// The Promise.allSettled results are split into fulfilled and rejected entries, and every rejected reminder is logged and queued for retry.
export interface Enrolment {
  studentEmail: string;
  classId: string;
  bringsOwnKnife: boolean;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<{ messageId: string }>;
}

export interface RetryQueue {
  push(job: { kind: 'reminder'; email: string; classId: string; reason: string }): Promise<void>;
}

export interface ReminderReport {
  sent: number;
  failed: string[];
}

function reminderBody(e: Enrolment, startsAt: string): string {
  const kit = e.bringsOwnKnife
    ? 'Please bring your own carving knife.'
    : 'Knives, loops and soap blocks will be provided.';
  return `Your soap carving class ${e.classId} starts at ${startsAt}. ${kit}`;
}

export class ReminderSender {
  constructor(
    private readonly mailer: Mailer,
    private readonly retries: RetryQueue,
    private readonly log: (msg: string) => void,
  ) {}

  async sendReminders(enrolments: readonly Enrolment[], startsAt: string): Promise<ReminderReport> {
    const results = await Promise.allSettled(
      enrolments.map((e) => this.mailer.send(e.studentEmail, 'Soap carving tomorrow', reminderBody(e, startsAt))),
    );

    let sent = 0;
    const failed: string[] = [];
    const requeues: Promise<void>[] = [];

    results.forEach((result, i) => {
      const enrolment = enrolments[i]!;
      if (result.status === 'fulfilled') {
        sent++;
        return;
      }
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      this.log(`reminder to ${enrolment.studentEmail} failed: ${reason}`);
      failed.push(enrolment.studentEmail);
      requeues.push(
        this.retries.push({ kind: 'reminder', email: enrolment.studentEmail, classId: enrolment.classId, reason }),
      );
    });

    await Promise.all(requeues);
    return { sent, failed };
  }
}
