// expect: none
// The retry helper rethrows AbortError before its retry branch and passes the signal to every attempt and backoff; tests assert exactly that.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void>; toMatchObject(shape: object): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface ProofSheet {
  editionId: string;
  pages: number;
  errata: string[];
}

type ProofFetcher = (editionId: string, signal: AbortSignal) => Promise<ProofSheet>;

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function fetchProofWithRetry(
  fetchProof: ProofFetcher,
  editionId: string,
  signal: AbortSignal,
  attempts = 3,
): Promise<ProofSheet> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await fetchProof(editionId, signal);
    } catch (err) {
      if (isAbort(err)) throw err;
      lastError = err;
      await sleep(20 * 2 ** attempt, undefined, { signal });
    }
  }
  throw lastError;
}

describe('crossword proof retrieval', () => {
  it('retries a flaky proof server and returns the sheet', async () => {
    let calls = 0;
    const fetcher = vi.fn(async (editionId: string, signal: AbortSignal): Promise<ProofSheet> => {
      signal.throwIfAborted();
      calls += 1;
      if (calls < 3) throw new Error('proof server 502');
      return { editionId, pages: 2, errata: [] };
    });
    const sheet = await fetchProofWithRetry(fetcher, 'XW-0412', new AbortController().signal);
    expect(sheet.pages).toBe(2);
    expect(fetcher.mock.calls.length).toBe(3);
  });

  it('does not retry once the editor cancels', async () => {
    const controller = new AbortController();
    const fetcher = vi.fn(async (_id: string, signal: AbortSignal): Promise<ProofSheet> => {
      controller.abort();
      signal.throwIfAborted();
      throw new Error('unreachable');
    });
    await expect(fetchProofWithRetry(fetcher, 'XW-0413', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetcher.mock.calls.length).toBe(1);
  });

  it('stops backing off when cancelled between attempts', async () => {
    const controller = new AbortController();
    const fetcher = vi.fn(async (_id: string, signal: AbortSignal): Promise<ProofSheet> => {
      signal.throwIfAborted();
      queueMicrotask(() => controller.abort());
      throw new Error('proof server 503');
    });
    await expect(fetchProofWithRetry(fetcher, 'XW-0414', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetcher.mock.calls.length).toBe(1);
  });

  it('gives up with the last server error after all attempts', async () => {
    const fetcher = vi.fn(async (_id: string, signal: AbortSignal): Promise<ProofSheet> => {
      signal.throwIfAborted();
      throw new Error('proof server 500');
    });
    await expect(fetchProofWithRetry(fetcher, 'XW-0415', new AbortController().signal)).rejects.toThrow('500');
  });
});
