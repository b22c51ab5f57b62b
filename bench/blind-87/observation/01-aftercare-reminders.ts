// expect: none
// Every promise started here is observed: the map of async callbacks goes straight into an awaited Promise.all, and the emitter and interval callbacks chain .catch/.then(ok, err) onto what they start.
import { EventEmitter } from 'node:events';

interface Booking {
  id: string;
  clientName: string;
  phone: string;
  piece: string;
  finishedAt: Date;
  reminderStage: 0 | 1 | 2;
}

declare const db: { query<T>(sql: string, params?: unknown[]): Promise<T[]> };
declare const sms: { send(to: string, body: string): Promise<{ sid: string }> };

export const studioEvents = new EventEmitter();

const STAGE_TEXT: Record<1 | 2, string> = {
  1: 'Keep it clean and moisturised, and no swimming for two weeks.',
  2: 'It should be healed now. Reply TOUCHUP if any lines need a pass.',
};

async function sendAftercare(booking: Booking, stage: 1 | 2): Promise<string> {
  const { sid } = await sms.send(
    booking.phone,
    `Hi ${booking.clientName}, aftercare for your ${booking.piece}: ${STAGE_TEXT[stage]}`,
  );
  await db.query('UPDATE bookings SET reminder_stage = $1 WHERE id = $2', [stage, booking.id]);
  return sid;
}

export async function sendDueReminders(now = new Date()): Promise<number> {
  const due = await db.query<Booking>(
    `SELECT * FROM bookings
      WHERE reminder_stage < 2
        AND finished_at < $1::timestamptz - (reminder_stage + 1) * interval '3 days'`,
    [now.toISOString()],
  );
  const sids = await Promise.all(
    due.map(async (b) => {
      const stage = (b.reminderStage + 1) as 1 | 2;
      return sendAftercare(b, stage);
    }),
  );
  return sids.length;
}

studioEvents.on('session-finished', (booking: Booking) => {
  sendAftercare(booking, 1).catch((err) => {
    console.error(`[aftercare] first reminder for ${booking.id} failed`, err);
  });
});

export function startReminderLoop(intervalMs = 15 * 60_000): () => void {
  let running = false;
  const handle = setInterval(() => {
    if (running) return;
    running = true;
    sendDueReminders()
      .finally(() => {
        running = false;
      })
      .then(
        (n) => {
          if (n > 0) console.info(`[aftercare] sent ${n} reminders`);
        },
        (err) => console.error('[aftercare] sweep failed', err),
      );
  }, intervalMs);
  return () => clearInterval(handle);
}
