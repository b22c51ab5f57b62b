// expect: none
// loadShow() returns Promise.resolve(cached) or a fresh load from a ternary (both promises where a promise is expected), and every value rendered is awaited first.
export interface DomeShow {
  showId: string;
  title: string;
  runtimeMin: number;
  audience: 'family' | 'general' | 'adult';
  live: boolean;
}

interface Session {
  sessionId: string;
  showId: string;
  startsAt: string;
  capacity: number;
}

declare const boxOffice: {
  sessions(date: string): Promise<Session[]>;
  show(showId: string): Promise<DomeShow>;
  seatsSold(sessionId: string): Promise<number | null>;
  isCancelled(sessionId: string): Promise<boolean>;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export class ScheduleRenderer {
  private readonly shows = new Map<string, DomeShow>();

  loadShow(showId: string): Promise<DomeShow> {
    const cached = this.shows.get(showId);
    return cached
      ? Promise.resolve(cached)
      : boxOffice.show(showId).then((show) => {
          this.shows.set(showId, show);
          return show;
        });
  }

  async renderDay(date: string): Promise<string> {
    const sessions = await boxOffice.sessions(date);
    if (sessions.length === 0) {
      return `<p class="empty">No shows scheduled on ${escapeHtml(date)}.</p>`;
    }

    const rows: string[] = [];
    for (const session of sessions.sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
      const show = await this.loadShow(session.showId);
      if (await boxOffice.isCancelled(session.sessionId)) {
        rows.push(`<li class="cancelled">${timeOf(session.startsAt)} ${escapeHtml(show.title)} — cancelled</li>`);
        continue;
      }
      const sold = (await boxOffice.seatsSold(session.sessionId)) ?? 0;
      const left = session.capacity - sold;
      const badge = left === 0 ? 'sold out' : left < 20 ? `${left} seats left` : '';
      rows.push(
        `<li data-audience="${show.audience}">${timeOf(session.startsAt)} ${escapeHtml(show.title)}` +
          ` (${show.runtimeMin} min${show.live ? ', live presenter' : ''})${badge ? ` <em>${badge}</em>` : ''}</li>`,
      );
    }
    return `<ul class="schedule">\n${rows.join('\n')}\n</ul>`;
  }
}
