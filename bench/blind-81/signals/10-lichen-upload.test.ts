// expect: none
// uploadSurvey forwards its signal to every fetch and backoff sleep and never retries an AbortError; the tests check both behaviours.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toMatchObject(shape: Record<string, unknown>): Promise<void> };
};

interface SurveyBatch {
  surveyId: string;
  records: Array<{ plotId: string; species: string; coverage: number }>;
}

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

async function uploadSurvey(
  batch: SurveyBatch,
  fetcher: Fetcher,
  { signal, attempts = 3 }: { signal?: AbortSignal; attempts?: number } = {},
): Promise<string> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const response = await fetcher(`https://lichens.example/surveys/${batch.surveyId}`, {
        method: 'PUT',
        body: JSON.stringify(batch.records),
        signal,
      });
      if (response.status >= 500) throw new Error(`server error ${response.status}`);
      const body = (await response.json()) as { receipt: string };
      return body.receipt;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      lastError = err;
      await sleep(10 * 2 ** attempt, undefined, { signal });
    }
  }
  throw lastError;
}

describe('lichen survey upload', () => {
  let seenSignals: Array<AbortSignal | null | undefined>;
  let statuses: number[];
  let fetcher: Fetcher;

  beforeEach(() => {
    seenSignals = [];
    statuses = [200];
    fetcher = async (_url, init) => {
      seenSignals.push(init.signal);
      init.signal?.throwIfAborted();
      const status = statuses.shift() ?? 200;
      return new Response(JSON.stringify({ receipt: 'rcpt-42' }), { status });
    };
  });

  const batch: SurveyBatch = {
    surveyId: 'moor-2024-07',
    records: [{ plotId: 'P3', species: 'Cladonia portentosa', coverage: 35 }],
  };

  it('returns the receipt from the survey server', async () => {
    expect(await uploadSurvey(batch, fetcher)).toBe('rcpt-42');
  });

  it('passes the caller signal to every attempt', async () => {
    statuses = [503, 502, 200];
    const controller = new AbortController();
    await uploadSurvey(batch, fetcher, { signal: controller.signal });
    expect(seenSignals).toEqual([controller.signal, controller.signal, controller.signal]);
  });

  it('gives up at once when aborted instead of retrying', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(uploadSurvey(batch, fetcher, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(seenSignals.length).toBe(1);
  });
});
