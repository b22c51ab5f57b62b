// expect: none
// exportSurvey forwards its signal to fetch and to the pacing delay and lets the AbortError propagate, which is exactly what the cancellation test asserts.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as delay } from 'node:timers/promises';

interface FindSpot {
  findId: string;
  trench: string;
  depthCm: number;
  material: 'wood' | 'bone' | 'leather' | 'textile';
}

async function exportSurvey(
  endpoint: string,
  finds: FindSpot[],
  options: { signal?: AbortSignal; pacingMs?: number } = {},
): Promise<number> {
  let sent = 0;
  for (const find of finds) {
    const res = await fetch(`${endpoint}/finds/${find.findId}`, {
      method: 'PUT',
      body: JSON.stringify(find),
      headers: { 'content-type': 'application/json' },
      signal: options.signal,
    });
    if (!res.ok) throw new Error(`survey server rejected ${find.findId}: ${res.status}`);
    sent++;
    await delay(options.pacingMs ?? 100, undefined, { signal: options.signal });
  }
  return sent;
}

const finds: FindSpot[] = [
  { findId: 'BOG-3-001', trench: 'T3', depthCm: 142, material: 'wood' },
  { findId: 'BOG-3-002', trench: 'T3', depthCm: 151, material: 'leather' },
  { findId: 'BOG-3-003', trench: 'T3', depthCm: 166, material: 'bone' },
];

describe('exportSurvey', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      init?.signal?.throwIfAborted();
      return new Response(null, { status: 204 });
    });
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('uploads every find spot', async () => {
    await expect(exportSurvey('https://survey.example', finds, { pacingMs: 1 })).resolves.toBe(3);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('passes the signal through to each request', async () => {
    const controller = new AbortController();
    await exportSurvey('https://survey.example', finds.slice(0, 1), { signal: controller.signal, pacingMs: 1 });
    expect(fetchMock.mock.calls[0][1].signal).toBe(controller.signal);
  });

  it('stops during the pacing delay when cancelled', async () => {
    const controller = new AbortController();
    const run = exportSurvey('https://survey.example', finds, { signal: controller.signal, pacingMs: 10_000 });
    await delay(20);
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
