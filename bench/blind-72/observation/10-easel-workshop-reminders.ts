// expect: none
// The early returns come before any reminder is started, and every started reminder is collected into Promise.allSettled whose results are checked by status.
export interface Booking {
  bookingId: string;
  email: string;
  phone?: string;
  name: string;
  prefersSms: boolean;
}

export interface Workshop {
  workshopId: string;
  title: string;
  startsAt: Date;
  cancelled: boolean;
  materials: string[];
}

export interface ReminderRun {
  workshopId: string;
  sent: string[];
  failed: Array<{ bookingId: string; reason: string }>;
  skipped?: string;
}

declare const bookings: {
  forWorkshop(workshopId: string): Promise<Booking[]>;
};

declare const email: {
  send(to: string, subject: string, text: string): Promise<void>;
};

declare const sms: {
  send(phone: string, text: string): Promise<void>;
};

const REMIND_WITHIN_MS = 36 * 60 * 60 * 1000;

function reminderText(w: Workshop, b: Booking): string {
  const when = w.startsAt.toLocaleString('en-GB', { weekday: 'long', hour: '2-digit', minute: '2-digit' });
  const bring = w.materials.length ? ` Please bring: ${w.materials.join(', ')}.` : '';
  return `Hi ${b.name}, a reminder that "${w.title}" starts ${when}. Easels and paper are provided.${bring}`;
}

function remind(w: Workshop, b: Booking): Promise<void> {
  const text = reminderText(w, b);
  if (b.prefersSms && b.phone) {
    return sms.send(b.phone, text.slice(0, 300));
  }
  return email.send(b.email, `Reminder: ${w.title}`, text);
}

export async function sendReminders(workshop: Workshop, now = new Date()): Promise<ReminderRun> {
  if (workshop.cancelled) {
    return { workshopId: workshop.workshopId, sent: [], failed: [], skipped: 'workshop cancelled' };
  }
  const untilStart = workshop.startsAt.getTime() - now.getTime();
  if (untilStart < 0 || untilStart > REMIND_WITHIN_MS) {
    return { workshopId: workshop.workshopId, sent: [], failed: [], skipped: 'outside reminder window' };
  }

  const list = await bookings.forWorkshop(workshop.workshopId);
  if (list.length === 0) {
    return { workshopId: workshop.workshopId, sent: [], failed: [], skipped: 'no bookings' };
  }

  const pending: Array<Promise<void>> = [];
  for (const booking of list) {
    pending.push(remind(workshop, booking));
  }
  const results = await Promise.allSettled(pending);

  const run: ReminderRun = { workshopId: workshop.workshopId, sent: [], failed: [] };
  results.forEach((result, i) => {
    const bookingId = list[i].bookingId;
    if (result.status === 'rejected') {
      run.failed.push({ bookingId, reason: result.reason instanceof Error ? result.reason.message : String(result.reason) });
    } else {
      run.sent.push(bookingId);
    }
  });
  return run;
}
