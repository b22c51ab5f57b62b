// expect: no-swallowed-abort
// publishResults wraps every failure, including the AbortError from the cancelled fetch, in a generic ResultsUploadError, so the caller's AbortError check never matches and a cancel is reported as a failed upload.
export interface RunResult {
  runningOrder: number;
  handler: string;
  dog: string;
  points: number;
  retired: boolean;
}

export interface TrialResults {
  trialId: string;
  course: string;
  judge: string;
  results: RunResult[];
}

export class ResultsUploadError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'ResultsUploadError';
  }
}

const FEDERATION_API = 'https://results.sheepdog-federation.example.org/api/trials';

export async function publishResults(
  results: TrialResults,
  apiKey: string,
  signal?: AbortSignal,
): Promise<{ url: string }> {
  try {
    const res = await fetch(`${FEDERATION_API}/${results.trialId}/results`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify(results),
      signal,
    });
    if (!res.ok) {
      throw new ResultsUploadError(`federation rejected results: ${await res.text()}`, res.status);
    }
    return (await res.json()) as { url: string };
  } catch (err) {
    if (err instanceof ResultsUploadError) throw err;
    throw new ResultsUploadError(`could not publish results for ${results.trialId}: ${(err as Error).message}`);
  }
}

export function rankResults(results: RunResult[]): RunResult[] {
  return [...results].sort((a, b) => {
    if (a.retired !== b.retired) return a.retired ? 1 : -1;
    return b.points - a.points || a.runningOrder - b.runningOrder;
  });
}

export function attachPublishButton(button: HTMLButtonElement, cancel: HTMLButtonElement, load: () => TrialResults, apiKey: string) {
  let controller: AbortController | null = null;

  cancel.addEventListener('click', () => controller?.abort());

  async function onPublish() {
    controller = new AbortController();
    button.disabled = true;
    const data = load();
    try {
      const { url } = await publishResults({ ...data, results: rankResults(data.results) }, apiKey, controller.signal);
      button.textContent = 'Published';
      button.dataset.url = url;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        button.textContent = 'Publish results';
      } else {
        alert((err as Error).message);
        button.textContent = 'Retry publish';
      }
    } finally {
      button.disabled = false;
      controller = null;
    }
  }

  button.addEventListener('click', () => {
    void onPublish();
  });
}
