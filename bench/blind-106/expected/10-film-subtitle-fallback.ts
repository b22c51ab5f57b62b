// expect: none
// When the primary subtitle server fails with a retryable error the catch handler starts a brand-new request to the mirror rather than re-attaching to the failed promise, and other errors are rethrown.
export interface SubtitleRef {
  filmId: string;
  language: string;
}

export class SubtitleHttpError extends Error {
  constructor(readonly status: number, url: string) {
    super(`${url} answered ${status}`);
    this.name = 'SubtitleHttpError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof SubtitleHttpError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError;
}

export class SubtitleFetcher {
  private readonly memo = new Map<string, string>();

  constructor(private readonly primary: string, private readonly mirror: string) {}

  private async fetchFrom(base: string, ref: SubtitleRef): Promise<string> {
    const url = `${base}/${encodeURIComponent(ref.filmId)}/${ref.language}.vtt`;
    const res = await fetch(url, { headers: { accept: 'text/vtt' } });
    if (!res.ok) throw new SubtitleHttpError(res.status, url);
    return res.text();
  }

  fetchTrack(ref: SubtitleRef): Promise<string> {
    return this.fetchFrom(this.primary, ref).catch((err: unknown) => {
      if (!isRetryable(err)) throw err;
      return this.fetchFrom(this.mirror, ref);
    });
  }

  async attachTo(video: HTMLVideoElement, ref: SubtitleRef, label: string): Promise<HTMLTrackElement> {
    const key = `${ref.filmId}:${ref.language}`;
    const vtt = this.memo.get(key) ?? (await this.fetchTrack(ref));
    this.memo.set(key, vtt);

    const track = document.createElement('track');
    track.kind = 'subtitles';
    track.srclang = ref.language;
    track.label = label;
    track.src = URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' }));
    video.append(track);
    return track;
  }

  detachAll(video: HTMLVideoElement): void {
    for (const track of Array.from(video.querySelectorAll('track'))) {
      URL.revokeObjectURL(track.src);
      track.remove();
    }
  }
}
