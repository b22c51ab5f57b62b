// expect: none
// Every promise is observed: the map(async) result goes straight into Promise.all, the fire-and-forget notifications carry a .catch, and the emitter and interval callbacks are synchronous.
import { EventEmitter } from 'node:events';

interface Piper {
  id: string;
  name: string;
  phone: string;
  section: 'pipes' | 'snare' | 'tenor' | 'bass';
}

interface Rehearsal {
  id: string;
  bandId: string;
  startsAt: Date;
  hall: string;
}

declare const sms: { send(to: string, body: string): Promise<{ sid: string }> };
declare const db: {
  bandMembers(bandId: string): Promise<Piper[]>;
  pipeMajor(bandId: string): Promise<Piper>;
  markReminded(rehearsalId: string, piperId: string): Promise<void>;
  upcomingRehearsals(withinMs: number): Promise<Rehearsal[]>;
};

const log = {
  info: (...a: unknown[]) => console.log('[reminders]', ...a),
  warn: (...a: unknown[]) => console.warn('[reminders]', ...a),
};

export const rehearsalEvents = new EventEmitter();

export async function remindBand(rehearsal: Rehearsal): Promise<number> {
  const members = await db.bandMembers(rehearsal.bandId);
  const when = rehearsal.startsAt.toLocaleString('en-GB', {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

  const outcomes = await Promise.all(
    members.map(async (m) => {
      try {
        await sms.send(m.phone, `Band practice ${when} at ${rehearsal.hall}. Bring a spare reed!`);
        await db.markReminded(rehearsal.id, m.id);
        return true;
      } catch (err) {
        log.warn(`reminder to ${m.name} failed`, err);
        return false;
      }
    }),
  );

  return outcomes.filter(Boolean).length;
}

async function notifyPipeMajor(bandId: string, tunes: string[]): Promise<void> {
  const pm = await db.pipeMajor(bandId);
  await sms.send(pm.phone, `Tune list changed: ${tunes.join(', ')}`);
}

// the pipe major gets a heads-up when the tune list changes; nobody waits on it
rehearsalEvents.on('tunes-changed', (bandId: string, tunes: string[]) => {
  notifyPipeMajor(bandId, tunes).catch((err) => log.warn('pipe major notification failed', err));
});

let sweeping = false;

async function sweep(): Promise<void> {
  if (sweeping) return;
  sweeping = true;
  try {
    const soon = await db.upcomingRehearsals(24 * 60 * 60_000);
    for (const r of soon) {
      const sent = await remindBand(r);
      log.info(`rehearsal ${r.id}: ${sent} reminder(s) sent`);
    }
  } finally {
    sweeping = false;
  }
}

export function startReminderSweep(everyMs = 15 * 60_000): () => void {
  const timer = setInterval(() => {
    sweep().catch((err) => log.warn('reminder sweep failed', err));
  }, everyMs);
  return () => clearInterval(timer);
}
