// expect: no-floating-promises
// attendees.forEach(async ...) discards every callback's promise, so reminder failures are unhandled and markReminded runs before any mail has been sent.
export interface Meetup {
  id: string;
  clubId: string;
  title: string;
  startsAt: Date;
  venue: string;
  lockTheme: 'pin-tumbler' | 'wafer' | 'disc-detainer' | 'lever';
}

export interface Member {
  id: string;
  email: string;
  displayName: string;
  beltColour: 'white' | 'yellow' | 'orange' | 'green' | 'blue' | 'purple' | 'brown' | 'red' | 'black';
}

declare const rsvps: {
  attending(meetupId: string): Promise<Member[]>;
};

declare const memberPrefs: {
  get(memberId: string): Promise<{ reminders: boolean; bringOwnPicks: boolean }>;
};

declare const mailer: {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
};

declare const meetupsDb: {
  markReminded(meetupId: string, at: Date): Promise<void>;
  get(meetupId: string): Promise<Meetup>;
};

const THEME_BLURB: Record<Meetup['lockTheme'], string> = {
  'pin-tumbler': 'Bring a tension wrench set; we will have progressive pinning cylinders out.',
  wafer: 'Wafer locks tonight: jigglers and rakes welcome.',
  'disc-detainer': 'Disc-detainer night: club DD tools available to borrow, please sign them out.',
  lever: 'Lever locks: curtain picks provided, bring a headtorch.',
};

function formatWhen(date: Date): string {
  return date.toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function reminderText(meetup: Meetup, member: Member, bringOwnPicks: boolean): string {
  const lines = [
    `Hi ${member.displayName},`,
    `${meetup.title} is on ${formatWhen(meetup.startsAt)} at ${meetup.venue}.`,
    THEME_BLURB[meetup.lockTheme],
  ];
  if (!bringOwnPicks) lines.push('Loaner picks will be on the front table.');
  if (member.beltColour === 'white') {
    lines.push('New members: remember, only pick locks you own or have permission to pick.');
  }
  return lines.join('\n\n');
}

export async function sendMeetupReminders(meetupId: string): Promise<number> {
  const meetup = await meetupsDb.get(meetupId);
  const hoursAway = (meetup.startsAt.getTime() - Date.now()) / 3_600_000;
  if (hoursAway < 0 || hoursAway > 48) return 0;

  const attendees = await rsvps.attending(meetupId);
  attendees.forEach(async (member) => {
    const prefs = await memberPrefs.get(member.id);
    if (!prefs.reminders) return;
    await mailer.send({
      to: member.email,
      subject: `Reminder: ${meetup.title}`,
      text: reminderText(meetup, member, prefs.bringOwnPicks),
    });
  });

  await meetupsDb.markReminded(meetupId, new Date());
  return attendees.length;
}
