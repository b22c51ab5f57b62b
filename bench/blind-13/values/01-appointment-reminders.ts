// expect: none
// Correct: slot lookups are deduplicated by storing the promise in a Map, but every use awaits it before reading fields or building the SMS text.
import { setTimeout as sleep } from 'node:timers/promises';

interface Slot {
  id: string;
  clinicId: string;
  startsAt: Date;
  practitioner: string;
}

interface Appointment {
  id: string;
  patientPhone: string;
  slotId: string;
  reminderSentAt?: Date;
}

declare const schedulingApi: {
  getSlot(slotId: string): Promise<Slot>;
  listUpcoming(windowHours: number): Promise<Appointment[]>;
  markReminded(appointmentId: string, at: Date): Promise<void>;
};

declare function sendSms(to: string, body: string): Promise<{ sid: string }>;

const slotLookups = new Map<string, Promise<Slot>>();

function lookupSlot(slotId: string): Promise<Slot> {
  let pending = slotLookups.get(slotId);
  if (!pending) {
    pending = schedulingApi.getSlot(slotId);
    slotLookups.set(slotId, pending);
    // Drop failed lookups so the next run retries them.
    pending.catch(() => slotLookups.delete(slotId));
  }
  return pending;
}

function formatTime(d: Date, tz = 'Europe/London'): string {
  return d.toLocaleString('en-GB', {
    timeZone: tz,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export async function sendReminders(windowHours = 24): Promise<number> {
  const upcoming = await schedulingApi.listUpcoming(windowHours);
  let sent = 0;

  for (const appt of upcoming) {
    if (appt.reminderSentAt) continue;

    const slot = await lookupSlot(appt.slotId);
    const body = `Reminder: your appointment with ${slot.practitioner} is on ` + `${formatTime(slot.startsAt)}. Reply C to cancel.`;

    try {
      const receipt = await sendSms(appt.patientPhone, body);
      await schedulingApi.markReminded(appt.id, new Date());
      console.info(`reminder ${receipt.sid} sent for appointment ${appt.id}`);
      sent++;
    } catch (err) {
      console.warn(`could not remind ${appt.id}:`, err);
    }

    // Stay under the SMS provider's per-second limit.
    await sleep(250);
  }

  slotLookups.clear();
  return sent;
}
