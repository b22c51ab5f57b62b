// expect: no-swallowed-abort
// uploadTrack wraps every fetch failure, including the AbortError from the Cancel button, in a generic UploadError, so the page's AbortError check never matches and a deliberate cancel shows a red "upload failed" banner.
export interface SubtitleFile {
  filmId: string;
  language: string;
  file: File;
}

export class UploadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UploadError';
  }
}

export async function uploadTrack(track: SubtitleFile, endpoint: string, signal: AbortSignal): Promise<string> {
  const url = `${endpoint}/films/${encodeURIComponent(track.filmId)}/subtitles/${track.language}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'PUT',
      body: track.file,
      headers: { 'content-type': track.file.type || 'text/vtt' },
      signal,
    });
  } catch (err) {
    throw new UploadError(`could not reach the subtitle store for ${track.filmId}/${track.language}`, { cause: err });
  }
  if (!res.ok) throw new UploadError(`subtitle store rejected ${track.language} (${res.status})`);
  const { revision } = (await res.json()) as { revision: string };
  return revision;
}

export function bindUploadForm(form: HTMLFormElement, endpoint: string): void {
  const cancel = form.querySelector<HTMLButtonElement>('button[data-role=cancel]');
  const status = form.querySelector<HTMLOutputElement>('output');
  let current: AbortController | null = null;

  cancel?.addEventListener('click', () => current?.abort());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const file = data.get('subtitle');
    if (!(file instanceof File)) return;
    current?.abort();
    const ctl = new AbortController();
    current = ctl;
    if (status) status.textContent = `Uploading ${file.name}…`;

    uploadTrack({ filmId: String(data.get('filmId')), language: String(data.get('language')), file }, endpoint, ctl.signal).then(
      (revision) => {
        if (status) status.textContent = `Uploaded, revision ${revision}`;
      },
      (err: unknown) => {
        if (err instanceof DOMException && err.name === 'AbortError') {
          if (status) status.textContent = 'Upload cancelled';
          return;
        }
        if (status) {
          status.textContent = `Upload failed: ${err instanceof Error ? err.message : String(err)}`;
          status.classList.add('error');
        }
      },
    );
  });
}
