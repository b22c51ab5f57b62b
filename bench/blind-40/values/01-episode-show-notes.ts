// expect: no-promise-as-value
// buildShowNotes() interpolates this.chapterLength(...), an async method, into the chapter line, so every chapter shows "[object Promise]" instead of its length.
export interface Episode {
  episodeId: string;
  title: string;
  summary: string;
  audioUrl: string;
  publishedAt: string;
}

export interface Chapter {
  startSec: number;
  title: string;
}

interface Guest {
  name: string;
  role: string;
  link?: string;
}

declare const feed: {
  episode(episodeId: string): Promise<Episode>;
  guests(episodeId: string): Promise<Guest[]>;
};

declare const transcripts: {
  chapters(episodeId: string): Promise<Chapter[]>;
};

declare const audioProbe: {
  durationSec(audioUrl: string): Promise<number>;
};

function formatTimestamp(totalSec: number): string {
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec % 3600) / 60);
  const s = Math.floor(totalSec % 60);
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${m}:${ss}`;
}

function humanLength(sec: number): string {
  if (sec < 90) return `${Math.round(sec)} s`;
  return `${Math.round(sec / 60)} min`;
}

export class ShowNotesBuilder {
  private readonly durations = new Map<string, number>();

  async buildShowNotes(episodeId: string): Promise<string> {
    const [episode, chapters, guests] = await Promise.all([
      feed.episode(episodeId),
      transcripts.chapters(episodeId),
      feed.guests(episodeId),
    ]);
    const ordered = [...chapters].sort((a, b) => a.startSec - b.startSec);

    const lines = [`# ${episode.title}`, '', episode.summary.trim(), ''];

    if (guests.length > 0) {
      lines.push('## Guests');
      for (const guest of guests) {
        lines.push(guest.link ? `- [${guest.name}](${guest.link}), ${guest.role}` : `- ${guest.name}, ${guest.role}`);
      }
      lines.push('');
    }

    if (ordered.length > 0) {
      lines.push('## Chapters');
      for (const chapter of ordered) {
        lines.push(`- ${formatTimestamp(chapter.startSec)} ${chapter.title} (${this.chapterLength(episode, ordered, chapter)})`);
      }
      lines.push('');
    }

    lines.push(`_Published ${new Date(episode.publishedAt).toDateString()}_`);
    return lines.join('\n');
  }

  private async chapterLength(episode: Episode, chapters: Chapter[], chapter: Chapter): Promise<string> {
    const index = chapters.indexOf(chapter);
    const next = chapters[index + 1];
    if (next) return humanLength(next.startSec - chapter.startSec);
    return humanLength((await this.episodeDuration(episode)) - chapter.startSec);
  }

  private async episodeDuration(episode: Episode): Promise<number> {
    const cached = this.durations.get(episode.episodeId);
    if (cached !== undefined) return cached;
    const seconds = await audioProbe.durationSec(episode.audioUrl);
    this.durations.set(episode.episodeId, seconds);
    return seconds;
  }
}
