// expect: no-uncalled-async-function
// afterEach returns `app.close` instead of calling it; vitest only awaits what an afterEach returns (unlike beforeEach, it never calls a returned function), so every server started in beforeEach stays open and its handles leak.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LureRun {
  bird: string;
  falconer: string;
  stoops: number;
  passes: number;
  durationSec: number;
}

interface ScoringApp {
  readonly url: string;
  listen(port: number): Promise<void>;
  close(): Promise<void>;
}

declare function createScoringApp(opts: {
  judges: string[];
  onPublish: (results: Array<{ bird: string; score: number }>) => Promise<void>;
}): ScoringApp;

async function postRun(app: ScoringApp, run: LureRun): Promise<Response> {
  return fetch(`${app.url}/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(run),
  });
}

describe('lure flying scoring API', () => {
  let app: ScoringApp;
  let onPublish: ReturnType<typeof vi.fn<(results: Array<{ bird: string; score: number }>) => Promise<void>>>;

  beforeEach(async () => {
    onPublish = vi.fn(async () => {});
    app = createScoringApp({ judges: ['Hartley', 'Ng'], onPublish });
    await app.listen(0);
  });

  afterEach(() => app.close);

  it('scores a run by stoops, passes and time', async () => {
    const res = await postRun(app, { bird: 'Kestrel', falconer: 'M. Ruiz', stoops: 42, passes: 8, durationSec: 180 });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { score: number };
    expect(body.score).toBeGreaterThan(0);
  });

  it('rejects a run that is longer than the five-minute limit', async () => {
    const res = await postRun(app, { bird: 'Blade', falconer: 'J. Okafor', stoops: 60, passes: 12, durationSec: 340 });
    expect(res.status).toBe(422);
    await expect(res.json()).resolves.toMatchObject({ error: expect.stringMatching(/time limit/) });
  });

  it('publishes a leaderboard sorted by score', async () => {
    await postRun(app, { bird: 'Blade', falconer: 'J. Okafor', stoops: 30, passes: 5, durationSec: 200 });
    await postRun(app, { bird: 'Kestrel', falconer: 'M. Ruiz', stoops: 44, passes: 9, durationSec: 190 });

    const res = await fetch(`${app.url}/leaderboard/publish`, { method: 'POST' });
    expect(res.ok).toBe(true);
    expect(onPublish).toHaveBeenCalledTimes(1);
    const [results] = onPublish.mock.calls[0];
    expect(results.map((r) => r.bird)).toEqual(['Kestrel', 'Blade']);
  });
});
