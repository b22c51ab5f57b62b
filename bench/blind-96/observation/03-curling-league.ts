// expect: no-unobserved-promise
// publishWeek starts loading next week's draw and then awaits the current week's rendering and upload before touching it, so if the prefetch rejects meanwhile it is an unhandled rejection that kills the publisher.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Game {
  sheet: 'A' | 'B' | 'C' | 'D';
  home: string;
  away: string;
  startsAt: string;
}

export interface Draw {
  week: number;
  games: Game[];
}

export interface DrawStore {
  loadDraw(season: string, week: number): Promise<Draw>;
}

export interface Cdn {
  upload(path: string, html: string): Promise<void>;
}

function renderDraw(draw: Draw): string {
  const rows = draw.games
    .slice()
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.sheet.localeCompare(b.sheet))
    .map((g) => `<tr><td>${g.startsAt}</td><td>${g.sheet}</td><td>${g.home}</td><td>${g.away}</td></tr>`)
    .join('\n');
  return `<h2>Week ${draw.week}</h2>\n<table>\n${rows}\n</table>`;
}

export class DrawPublisher {
  constructor(
    private readonly store: DrawStore,
    private readonly cdn: Cdn,
    private readonly outDir: string,
  ) {}

  async publishWeek(season: string, week: number): Promise<{ current: string; preview: string | null }> {
    const current = await this.store.loadDraw(season, week);
    const upcoming = this.store.loadDraw(season, week + 1);

    const html = renderDraw(current);
    const localPath = join(this.outDir, `${season}-week-${week}.html`);
    await writeFile(localPath, html, 'utf8');
    await this.cdn.upload(`/draws/${season}/week-${week}.html`, html);

    let preview: string | null = null;
    try {
      const next = await upcoming;
      preview = renderDraw(next);
      await this.cdn.upload(`/draws/${season}/preview.html`, preview);
    } catch (err) {
      console.warn(`no preview for week ${week + 1}:`, err);
    }
    return { current: localPath, preview };
  }
}
