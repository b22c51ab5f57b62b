// expect: no-unchecked-settled-results
// The allSettled results are cast to PromiseFulfilledResult and .value read without checking status, so a failed pager send counts as delivered.
export interface Enclosure {
  id: string;
  species: string;
  keeperId: string;
  feedTimes: string[];
  diet: string;
}

export interface Reminder {
  enclosureId: string;
  keeperId: string;
  dueAt: Date;
  text: string;
}

interface PagerReceipt {
  messageId: string;
  delivered: boolean;
}

declare const keeperPager: {
  send(keeperId: string, text: string): Promise<PagerReceipt>;
};

declare const feedingLog: {
  markReminded(enclosureId: string, dueAt: Date, messageId: string): Promise<void>;
};

function parseTime(hhmm: string, day: Date): Date {
  const [h, m] = hhmm.split(":").map((n) => Number.parseInt(n, 10));
  const at = new Date(day);
  at.setHours(h ?? 0, m ?? 0, 0, 0);
  return at;
}

export function dueReminders(enclosures: Enclosure[], now: Date, leadMinutes = 15): Reminder[] {
  const reminders: Reminder[] = [];
  for (const enclosure of enclosures) {
    for (const time of enclosure.feedTimes) {
      const dueAt = parseTime(time, now);
      const minutesAway = (dueAt.getTime() - now.getTime()) / 60_000;
      if (minutesAway > 0 && minutesAway <= leadMinutes) {
        reminders.push({
          enclosureId: enclosure.id,
          keeperId: enclosure.keeperId,
          dueAt,
          text: `${enclosure.species} (${enclosure.id}) due ${time}: ${enclosure.diet}`,
        });
      }
    }
  }
  return reminders.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

export async function sendReminders(reminders: Reminder[]): Promise<{ sent: number; missed: Reminder[] }> {
  const settled = await Promise.allSettled(
    reminders.map((r) => keeperPager.send(r.keeperId, r.text)),
  );

  const receipts = settled.map((result) => (result as PromiseFulfilledResult<PagerReceipt>).value);

  const missed: Reminder[] = [];
  let sent = 0;
  for (let i = 0; i < reminders.length; i += 1) {
    const reminder = reminders[i]!;
    const receipt = receipts[i];
    if (receipt && !receipt.delivered) {
      missed.push(reminder);
      continue;
    }
    sent += 1;
    if (receipt) {
      await feedingLog.markReminded(reminder.enclosureId, reminder.dueAt, receipt.messageId);
    }
  }
  return { sent, missed };
}
