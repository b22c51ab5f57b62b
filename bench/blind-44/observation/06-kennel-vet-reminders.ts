// expect: no-unobserved-promise
// All reminder sends are pushed into `sends`, but the loop breaks on the first quota error and the remaining promises are left with nothing attached.
export interface SledDog {
  chip: string;
  name: string;
  ownerPhone: string;
  team: string;
  vaccinations: Array<{ vaccine: 'rabies' | 'distemper' | 'parvo' | 'kennel-cough'; givenOn: string }>;
}

type SendOutcome = { kind: 'sent'; messageId: string } | { kind: 'quota-exceeded'; retryAfterSec: number };

declare const kennelDb: {
  dogsInKennel(kennelId: string): Promise<SledDog[]>;
  markReminded(chip: string, vaccine: string, at: string): Promise<void>;
};
declare const smsGateway: {
  send(to: string, body: string): Promise<SendOutcome>;
};
declare const log: { warn(msg: string): void; info(msg: string): void };

const BOOSTER_DAYS: Record<SledDog['vaccinations'][number]['vaccine'], number> = {
  rabies: 3 * 365,
  distemper: 3 * 365,
  parvo: 3 * 365,
  'kennel-cough': 365,
};

interface DueReminder {
  dog: SledDog;
  vaccine: string;
  dueOn: string;
}

function dueWithin(dog: SledDog, days: number, now = Date.now()): DueReminder[] {
  const horizon = now + days * 86_400_000;
  return dog.vaccinations.flatMap((v) => {
    const due = Date.parse(v.givenOn) + BOOSTER_DAYS[v.vaccine] * 86_400_000;
    return due <= horizon ? [{ dog, vaccine: v.vaccine, dueOn: new Date(due).toISOString().slice(0, 10) }] : [];
  });
}

function reminderText(r: DueReminder): string {
  return `${r.dog.name} (${r.dog.team} team) is due a ${r.vaccine} booster on ${r.dueOn}. Reply VET to book.`;
}

export async function sendBoosterReminders(
  kennelId: string,
  horizonDays = 30,
): Promise<{ sent: number; stoppedEarly: boolean }> {
  const dogs = await kennelDb.dogsInKennel(kennelId);
  const due = dogs.flatMap((dog) => dueWithin(dog, horizonDays));
  if (due.length === 0) return { sent: 0, stoppedEarly: false };

  const sends: Promise<SendOutcome>[] = [];
  for (const reminder of due) {
    sends.push(smsGateway.send(reminder.dog.ownerPhone, reminderText(reminder)));
  }

  let sent = 0;
  let stoppedEarly = false;
  for (const [index, pending] of sends.entries()) {
    const outcome = await pending;
    if (outcome.kind === 'quota-exceeded') {
      log.warn(`sms quota hit after ${sent} reminders; retry in ${outcome.retryAfterSec}s`);
      stoppedEarly = true;
      break;
    }
    const reminder = due[index];
    await kennelDb.markReminded(reminder.dog.chip, reminder.vaccine, new Date().toISOString());
    sent++;
  }

  log.info(`kennel ${kennelId}: ${sent}/${due.length} booster reminders sent`);
  return { sent, stoppedEarly };
}

export function teamsNeedingVet(dogs: SledDog[], horizonDays: number): string[] {
  const teams = new Set<string>();
  for (const dog of dogs) {
    if (dueWithin(dog, horizonDays).length > 0) teams.add(dog.team);
  }
  return [...teams].sort();
}
