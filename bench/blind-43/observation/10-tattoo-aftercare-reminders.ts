// expect: none
// Reminders are sent in a for...of with await, allSettled outcomes are checked by status, and the event listener is synchronous and hands its work to a tracked, caught promise.
import { EventEmitter } from 'node:events';

export interface Session {
  sessionId: string;
  clientPhone: string;
  clientName: string;
  artist: string;
  finishedAt: Date;
  placement: string;
}

export interface ReminderOutcome {
  sessionId: string;
  sent: number;
  failed: number;
}

declare const sms: {
  send(phone: string, text: string): Promise<{ messageId: string }>;
};
declare const studioLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const SCHEDULE_DAYS = [1, 3, 7, 14];

export function reminderText(session: Session, day: number): string {
  const base = `Hi ${session.clientName}, day ${day} with your ${session.placement} piece from ${session.artist}.`;
  if (day === 1) return `${base} Keep the wrap off now, wash gently and pat dry.`;
  if (day === 3) return `${base} Thin layer of balm only; some peeling is normal.`;
  if (day === 7) return `${base} No swimming or sunbeds yet.`;
  return `${base} Healing well? Reply with a photo if anything looks off.`;
}

export function dueDays(session: Session, today: Date): number[] {
  const elapsed = Math.floor((today.getTime() - session.finishedAt.getTime()) / 86_400_000);
  return SCHEDULE_DAYS.filter((d) => d === elapsed);
}

export async function sendDueReminders(sessions: Session[], today: Date): Promise<ReminderOutcome[]> {
  const outcomes: ReminderOutcome[] = [];
  for (const session of sessions) {
    const days = dueDays(session, today);
    if (days.length === 0) continue;
    const results = await Promise.allSettled(days.map((d) => sms.send(session.clientPhone, reminderText(session, d))));
    const failed = results.filter((r) => r.status === 'rejected');
    for (const f of failed) {
      studioLog.warn('aftercare sms failed', { sessionId: session.sessionId, reason: String(f.reason) });
    }
    outcomes.push({ sessionId: session.sessionId, sent: results.length - failed.length, failed: failed.length });
  }
  return outcomes;
}

export class AftercareScheduler {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(studio: EventEmitter) {
    studio.on('session-finished', (session: Session) => {
      const task = this.welcome(session)
        .catch((err: unknown) => studioLog.warn('welcome sms failed', { sessionId: session.sessionId, err: String(err) }))
        .finally(() => this.inFlight.delete(task));
      this.inFlight.add(task);
    });
  }

  private async welcome(session: Session): Promise<void> {
    await sms.send(session.clientPhone, `Thanks ${session.clientName}! Aftercare tips will follow over the next two weeks.`);
  }

  async idle(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }
}
