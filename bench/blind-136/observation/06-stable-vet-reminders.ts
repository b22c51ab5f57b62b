// expect: none
// Every allSettled entry is inspected: fulfilled ones are counted and rejected ones are logged with their reason and returned for a retry.
export interface Pony {
  id: string;
  name: string;
  ownerPhone: string;
  nextVaccination: Date;
  nextDental: Date;
}

export interface SmsGateway {
  send(to: string, body: string): Promise<{ sid: string }>;
}

export interface StableDb {
  poniesDueBefore(date: Date): Promise<Pony[]>;
  logReminder(ponyId: string, sid: string): Promise<void>;
}

export interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export interface ReminderRun {
  sent: number;
  failed: { ponyId: string; reason: string }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function reminderBody(p: Pony, now: Date): string {
  const parts: string[] = [];
  if (p.nextVaccination.getTime() - now.getTime() < 14 * DAY_MS) {
    parts.push(`vaccination on ${p.nextVaccination.toDateString()}`);
  }
  if (p.nextDental.getTime() - now.getTime() < 14 * DAY_MS) {
    parts.push(`dental float on ${p.nextDental.toDateString()}`);
  }
  return `Stable reminder for ${p.name}: ${parts.join(' and ')}.`;
}

export class VetReminderJob {
  constructor(
    private readonly db: StableDb,
    private readonly sms: SmsGateway,
    private readonly log: Logger,
  ) {}

  async run(now = new Date()): Promise<ReminderRun> {
    const due = await this.db.poniesDueBefore(new Date(now.getTime() + 14 * DAY_MS));

    const results = await Promise.allSettled(
      due.map(async (pony) => {
        const { sid } = await this.sms.send(pony.ownerPhone, reminderBody(pony, now));
        await this.db.logReminder(pony.id, sid);
        return sid;
      }),
    );

    let sent = 0;
    const failed: ReminderRun['failed'] = [];
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        sent++;
        return;
      }
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failed.push({ ponyId: due[i].id, reason });
      this.log.warn('vet reminder failed', { ponyId: due[i].id, reason });
    });

    return { sent, failed };
  }
}
