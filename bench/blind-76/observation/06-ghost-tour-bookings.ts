// expect: none
// Every reminder promise is created in one pass after all early returns and throwing work, then awaited together with Promise.all.
export interface TourNight {
  tourId: string;
  name: string;
  startsAt: Date;
  meetingPoint: string;
  cancelled: boolean;
  guide: string;
}

export interface Guest {
  bookingId: string;
  name: string;
  email: string;
  phone?: string;
  prefersSms: boolean;
  optedOut: boolean;
}

declare const tours: {
  get(tourId: string): Promise<TourNight | undefined>;
};

declare const bookings: {
  guestsFor(tourId: string): Promise<Guest[]>;
  markReminded(bookingIds: string[]): Promise<void>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

declare const sms: {
  send(to: string, text: string): Promise<void>;
};

type Reminder =
  | { channel: 'sms'; bookingId: string; to: string; text: string }
  | { channel: 'email'; bookingId: string; to: string; subject: string; body: string };

function composeReminder(tour: TourNight, guest: Guest): Reminder {
  const time = tour.startsAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (guest.prefersSms && guest.phone) {
    return {
      channel: 'sms',
      bookingId: guest.bookingId,
      to: guest.phone,
      text: `${tour.name} tonight at ${time}. Meet ${tour.guide} at ${tour.meetingPoint}. Bring a torch!`,
    };
  }
  return {
    channel: 'email',
    bookingId: guest.bookingId,
    to: guest.email,
    subject: `Tonight: ${tour.name}`,
    body: `Dear ${guest.name},\n\nYour ghost tour starts at ${time} from ${tour.meetingPoint}.\nYour guide is ${tour.guide}.\n`,
  };
}

function deliver(reminder: Reminder): Promise<void> {
  return reminder.channel === 'sms'
    ? sms.send(reminder.to, reminder.text)
    : mailer.send(reminder.to, reminder.subject, reminder.body);
}

export async function sendNightReminders(tourId: string): Promise<number> {
  const tour = await tours.get(tourId);
  if (!tour || tour.cancelled) return 0;
  if (tour.startsAt.getTime() < Date.now()) {
    throw new Error(`tour ${tourId} already started`);
  }

  const guests = await bookings.guestsFor(tourId);
  const reminders = guests.filter((g) => !g.optedOut).map((g) => composeReminder(tour, g));
  if (reminders.length === 0) return 0;

  const sends: Promise<void>[] = [];
  for (const reminder of reminders) {
    sends.push(deliver(reminder));
  }
  await Promise.all(sends);

  await bookings.markReminded(reminders.map((r) => r.bookingId));
  return reminders.length;
}
