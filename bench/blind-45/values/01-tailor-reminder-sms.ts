// expect: no-promise-as-value
// composeReminder interpolates salutationFor(...) without awaiting it, so customers receive "[object Promise], your suit fitting...".
export interface Appointment {
  appointmentId: string;
  customerId: string;
  garment: 'suit' | 'overcoat' | 'waistcoat' | 'trousers' | 'dinner jacket';
  fittingNumber: 1 | 2 | 3;
  startsAt: Date;
  tailorName: string;
}

export interface CustomerProfile {
  customerId: string;
  surname: string;
  givenName: string;
  title?: 'Mr' | 'Mrs' | 'Ms' | 'Dr' | 'Mx';
  mobile?: string;
  prefersFormal: boolean;
}

declare const crm: {
  profile(customerId: string): Promise<CustomerProfile>;
};

declare const smsGateway: {
  send(to: string, body: string, opts: { senderId: string }): Promise<{ messageId: string }>;
};

declare const appointmentBook: {
  between(from: Date, to: Date): Promise<Appointment[]>;
  markReminded(appointmentId: string, messageId: string): Promise<void>;
};

const SENDER_ID = 'SAVILEFIT';

async function salutationFor(customerId: string): Promise<string> {
  const profile = await crm.profile(customerId);
  if (profile.prefersFormal && profile.title) {
    return `Dear ${profile.title} ${profile.surname}`;
  }
  return `Hi ${profile.givenName}`;
}

function fittingLabel(appt: Appointment): string {
  const ordinal = ['first', 'second', 'final'][appt.fittingNumber - 1];
  return `${ordinal} ${appt.garment} fitting`;
}

function timeLabel(d: Date): string {
  return d.toLocaleString('en-GB', {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
}

export function composeReminder(appt: Appointment): string {
  const salutation = salutationFor(appt.customerId);
  return (
    `${salutation}, a reminder of your ${fittingLabel(appt)} with ${appt.tailorName} ` +
    `on ${timeLabel(appt.startsAt)}. Please bring the shoes you plan to wear. ` +
    `Reply C to confirm or R to rearrange.`
  );
}

export async function sendTomorrowsReminders(now = new Date()): Promise<number> {
  const from = new Date(now);
  from.setDate(from.getDate() + 1);
  from.setHours(0, 0, 0, 0);
  const to = new Date(from);
  to.setDate(to.getDate() + 1);

  const appointments = await appointmentBook.between(from, to);
  let sent = 0;

  for (const appt of appointments) {
    const profile = await crm.profile(appt.customerId);
    if (!profile.mobile) continue;

    const { messageId } = await smsGateway.send(profile.mobile, composeReminder(appt), {
      senderId: SENDER_ID,
    });
    await appointmentBook.markReminded(appt.appointmentId, messageId);
    sent++;
  }
  return sent;
}
