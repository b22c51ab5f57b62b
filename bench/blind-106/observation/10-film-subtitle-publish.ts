// expect: no-unchecked-settled-results
// publishFilm awaits Promise.allSettled over the CDN uploads but never looks at the statuses, so failed language tracks are still marked published in the catalogue and the screening goes out with missing subtitles.
export interface SubtitleTrack {
  language: string;
  format: 'vtt' | 'srt';
  body: string;
}

export interface Film {
  id: string;
  title: string;
  screeningAt: Date;
}

export interface Cdn {
  put(key: string, body: string, contentType: string): Promise<{ etag: string }>;
}

export interface Catalogue {
  markPublished(filmId: string, languages: string[]): Promise<void>;
}

export interface Log {
  info(msg: string): void;
}

const CONTENT_TYPES: Record<SubtitleTrack['format'], string> = {
  vtt: 'text/vtt; charset=utf-8',
  srt: 'application/x-subrip; charset=utf-8',
};

function keyFor(film: Film, track: SubtitleTrack): string {
  const slug = film.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `subtitles/${film.id}-${slug}/${track.language}.${track.format}`;
}

function validate(track: SubtitleTrack): void {
  if (track.format === 'vtt' && !track.body.startsWith('WEBVTT')) {
    throw new Error(`${track.language} track is missing the WEBVTT header`);
  }
  if (track.body.trim().length === 0) throw new Error(`${track.language} track is empty`);
}

export class SubtitlePublisher {
  constructor(private readonly cdn: Cdn, private readonly catalogue: Catalogue, private readonly log: Log) {}

  async publishFilm(film: Film, tracks: SubtitleTrack[]): Promise<string[]> {
    tracks.forEach(validate);

    const results = await Promise.allSettled(
      tracks.map((t) => this.cdn.put(keyFor(film, t), t.body, CONTENT_TYPES[t.format])),
    );

    const languages = tracks.map((t) => t.language);
    await this.catalogue.markPublished(film.id, languages);
    this.log.info(`published ${results.length} subtitle tracks for "${film.title}" (${film.screeningAt.toISOString()})`);
    return languages;
  }

  async publishProgramme(programme: Array<{ film: Film; tracks: SubtitleTrack[] }>): Promise<number> {
    let total = 0;
    for (const { film, tracks } of programme) {
      total += (await this.publishFilm(film, tracks)).length;
    }
    return total;
  }
}
