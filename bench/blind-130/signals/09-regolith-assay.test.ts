// expect: none
// fetchAssay maps only lab-side outages to an 'unavailable' result and rethrows anything raised after the caller's signal aborted, which the tests pin down.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface AssayResult {
  sampleId: string;
  status: 'ready' | 'unavailable';
  ilmenitePercent?: number;
  glassPercent?: number;
}

interface AssayLabClient {
  getAssay(sampleId: string, opts: { signal: AbortSignal }): Promise<{ ilmenite: number; glass: number }>;
}

class LabOutageError extends Error {
  constructor(readonly status: number) {
    super(`assay lab returned ${status}`);
    this.name = 'LabOutageError';
  }
}

async function fetchAssay(client: AssayLabClient, sampleId: string, signal: AbortSignal): Promise<AssayResult> {
  try {
    const { ilmenite, glass } = await client.getAssay(sampleId, { signal });
    return { sampleId, status: 'ready', ilmenitePercent: ilmenite, glassPercent: glass };
  } catch (err) {
    if (signal.aborted) throw err;
    if (err instanceof LabOutageError && err.status >= 500) {
      return { sampleId, status: 'unavailable' };
    }
    throw err;
  }
}

describe('fetchAssay', () => {
  let controller: AbortController;
  let client: { getAssay: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    controller = new AbortController();
    client = { getAssay: vi.fn() };
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('returns the mineral fractions for a ready sample', async () => {
    client.getAssay.mockResolvedValue({ ilmenite: 4.2, glass: 31.5 });
    const result = await fetchAssay(client as AssayLabClient, 'LHS-1-0042', controller.signal);
    expect(result).toEqual({ sampleId: 'LHS-1-0042', status: 'ready', ilmenitePercent: 4.2, glassPercent: 31.5 });
    expect(client.getAssay).toHaveBeenCalledWith('LHS-1-0042', { signal: controller.signal });
  });

  it('reports the sample as unavailable during a lab outage', async () => {
    client.getAssay.mockRejectedValue(new LabOutageError(503));
    const result = await fetchAssay(client as AssayLabClient, 'JSC-1A-0007', controller.signal);
    expect(result.status).toBe('unavailable');
  });

  it('rethrows client errors', async () => {
    client.getAssay.mockRejectedValue(new LabOutageError(404));
    await expect(fetchAssay(client as AssayLabClient, 'bogus', controller.signal)).rejects.toThrow('returned 404');
  });

  it('propagates the abort instead of reporting unavailable', async () => {
    client.getAssay.mockImplementation(
      (_id: string, { signal }: { signal: AbortSignal }) =>
        new Promise((_, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
    );
    const pending = fetchAssay(client as AssayLabClient, 'LMS-1-0101', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
