// expect: no-unchecked-settled-results
// allSettled over the reminder sends is only counted; rejected entries are never inspected, so failed reminders are marked as sent.
export interface ShowSession {
  id: string;
  title: string;
  dome: 'main' | 'mini';
  startsAt: Date;
}

export interface TicketHolder {
  ticketId: string;
  email: string;
  name: string;
  seat: string;
  wantsReminder: boolean;
}

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<{ messageId: string }>;
}

export interface BookingRepo {
  holdersFor(sessionId: string): Promise<TicketHolder[]>;
  markReminded(sessionId: string, ticketIds: string[]): Promise<void>;
}

export interface ReminderRun {
  sessionId: string;
  attempted: number;
  reminded: number;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function renderReminder(show: ShowSession, holder: TicketHolder): string {
  const domeName = show.dome === 'main' ? 'the Main Dome' : 'the Star Lab';
  return [
    `Hi ${holder.name},`,
    '',
    `A reminder that "${show.title}" starts at ${timeFormat.format(show.startsAt)} in ${domeName}.`,
    `Your seat is ${holder.seat}. Doors close five minutes before the show so our eyes can adjust.`,
    '',
    'Clear skies!',
  ].join('\n');
}

export class ReminderService {
  constructor(
    private readonly repo: BookingRepo,
    private readonly mailer: Mailer,
  ) {}

  async remind(show: ShowSession): Promise<ReminderRun> {
    const holders = (await this.repo.holdersFor(show.id)).filter((h) => h.wantsReminder);
    if (holders.length === 0) {
      return { sessionId: show.id, attempted: 0, reminded: 0 };
    }

    const outcomes = await Promise.allSettled(
      holders.map((holder) =>
        this.mailer.send({
          to: holder.email,
          subject: `Tonight: ${show.title}`,
          text: renderReminder(show, holder),
        }),
      ),
    );

    await this.repo.markReminded(
      show.id,
      holders.map((h) => h.ticketId),
    );

    return {
      sessionId: show.id,
      attempted: holders.length,
      reminded: outcomes.length,
    };
  }

  async remindUpcoming(sessions: ShowSession[], now = new Date()): Promise<ReminderRun[]> {
    const windowEnd = now.getTime() + 2 * 60 * 60 * 1000;
    const due = sessions.filter((s) => s.startsAt.getTime() > now.getTime() && s.startsAt.getTime() <= windowEnd);
    const runs: ReminderRun[] = [];
    for (const session of due) {
      runs.push(await this.remind(session));
    }
    return runs;
  }
}
