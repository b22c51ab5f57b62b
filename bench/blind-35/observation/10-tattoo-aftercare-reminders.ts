// expect: none
// The opt-out list load starts before the CSV loop but its result is captured with .then(ok, err) at once, and the loop's sends are all awaited.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface CompletedSession {
  clientEmail: string;
  clientName: string;
  artist: string;
  placement: string;
  finishedOn: string;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; error: Error };

declare const consentService: {
  optedOut(): Promise<string[]>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

declare const studioLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const REMINDER_DAYS = [3, 14, 28];

function daysBetween(fromIso: string, to: Date): number {
  return Math.floor((to.getTime() - new Date(fromIso).getTime()) / 86_400_000);
}

function parseRow(line: string): CompletedSession | null {
  const [clientEmail, clientName, artist, placement, finishedOn] = line.split(',').map((c) => c.trim());
  if (!clientEmail?.includes('@') || !finishedOn) return null;
  return { clientEmail, clientName, artist, placement, finishedOn };
}

function reminderBody(s: CompletedSession, day: number): string {
  const advice =
    day <= 3
      ? 'Keep the film on as instructed, wash gently with unscented soap, and pat dry.'
      : day <= 14
        ? 'Peeling and itching are normal now. Moisturise thinly and do not pick.'
        : 'Your tattoo should be settled. Book a free touch-up if any lines look patchy.';
  return `Hi ${s.clientName},\n\nDay ${day} for your ${s.placement} piece by ${s.artist}. ${advice}\n\nSee you soon!`;
}

export async function sendAftercareReminders(csvPath: string, today = new Date()): Promise<number> {
  const optOuts: Promise<Loaded<Set<string>>> = consentService.optedOut().then(
    (emails) => ({ ok: true, value: new Set(emails.map((e) => e.toLowerCase())) }),
    (error: Error) => ({ ok: false, error }),
  );

  const due: Array<{ session: CompletedSession; day: number }> = [];
  const rows = createInterface({ input: createReadStream(csvPath, 'utf8'), crlfDelay: Infinity });
  for await (const line of rows) {
    const session = parseRow(line);
    if (!session) continue;
    const day = daysBetween(session.finishedOn, today);
    if (REMINDER_DAYS.includes(day)) due.push({ session, day });
  }

  const loaded = await optOuts;
  if (!loaded.ok) {
    studioLog.warn('consent service unavailable, not sending reminders today', { error: loaded.error.message });
    return 0;
  }

  let sent = 0;
  for (const { session, day } of due) {
    if (loaded.value.has(session.clientEmail.toLowerCase())) continue;
    await mailer.send(session.clientEmail, `Aftercare day ${day}`, reminderBody(session, day));
    sent++;
  }
  return sent;
}
