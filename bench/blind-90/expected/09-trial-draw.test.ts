// expect: none
// Correct: the function references are handed to APIs that call them — expect(fn).rejects invokes the function, vi.fn(impl) and mockImplementation(impl) wrap it — and every other async call is made and awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Entry {
  handler: string;
  dog: string;
  class: 'nursery' | 'novice' | 'open';
}

interface DrawService {
  start(): Promise<void>;
  stop(): Promise<void>;
  draw(trialId: string, seed: number): Promise<Entry[]>;
}

function createDrawService(loadEntries: (trialId: string) => Promise<Entry[]>): DrawService {
  let started = false;
  return {
    async start() {
      const probe = await loadEntries('__health__').catch(() => null);
      if (probe === null) throw new Error('entries database unreachable');
      started = true;
    },
    async stop() {
      started = false;
    },
    async draw(trialId, seed) {
      if (!started) throw new Error('draw service not started');
      const entries = await loadEntries(trialId);
      let s = seed;
      const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const shuffled = [...entries];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      return shuffled;
    },
  };
}

async function fixtureEntries(trialId: string): Promise<Entry[]> {
  if (trialId === '__health__') return [];
  return [
    { handler: 'A. Kerr', dog: 'Moss', class: 'open' },
    { handler: 'B. Lloyd', dog: 'Fly', class: 'open' },
    { handler: 'C. Evans', dog: 'Cap', class: 'novice' },
    { handler: 'D. Price', dog: 'Nell', class: 'nursery' },
  ];
}

describe('trial draw', () => {
  const loadEntries = vi.fn(fixtureEntries);
  let service: DrawService;

  beforeEach(async () => {
    loadEntries.mockImplementation(fixtureEntries);
    service = createDrawService(loadEntries);
    await service.start();
  });

  afterEach(async () => {
    await service.stop();
    loadEntries.mockReset();
  });

  it('is deterministic for a given seed', async () => {
    const first = await service.draw('longshaw-2025', 42);
    const second = await service.draw('longshaw-2025', 42);
    expect(second).toEqual(first);
    expect(first).toHaveLength(4);
  });

  it('refuses to start when the entries database is down', async () => {
    loadEntries.mockRejectedValue(new Error('ECONNREFUSED'));
    const fresh = createDrawService(loadEntries);
    await expect(fresh.start).rejects.toThrow('entries database unreachable');
  });

  it('refuses to draw after being stopped', async () => {
    await service.stop();
    await expect(() => service.draw('longshaw-2025', 1)).rejects.toThrow('not started');
  });
});
