// expect: no-swallowed-abort
// The retry loop catches every failure from the transport, including the AbortError caused by the caller's signal, and simply tries again instead of stopping.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface RotaWeek {
  tower: string;
  week: string;
  services: Array<{ day: string; service: string; bells: Record<number, string> }>;
}

interface RotaTransport {
  get(path: string, options: { signal: AbortSignal }): Promise<RotaWeek>;
}

class TowerRotaClient {
  constructor(
    private readonly transport: RotaTransport,
    private readonly maxAttempts = 3,
  ) {}

  async weekRota(tower: string, week: string, signal: AbortSignal): Promise<RotaWeek> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        return await this.transport.get(`/towers/${encodeURIComponent(tower)}/rota/${week}`, { signal });
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  }

  async ringersNeeded(tower: string, week: string, signal: AbortSignal): Promise<number> {
    const rota = await this.weekRota(tower, week, signal);
    return rota.services.reduce((n, s) => n + Object.values(s.bells).filter((r) => r === '').length, 0);
  }
}

class FlakyTransport implements RotaTransport {
  calls = 0;
  constructor(private readonly failures: number, private readonly rota: RotaWeek) {}

  async get(_path: string, options: { signal: AbortSignal }): Promise<RotaWeek> {
    this.calls++;
    options.signal.throwIfAborted();
    if (this.calls <= this.failures) throw new Error('503 tower server busy');
    return this.rota;
  }
}

const sampleRota: RotaWeek = {
  tower: 'st-mary-abbey',
  week: '2024-W19',
  services: [
    { day: 'Sun', service: 'matins', bells: { 1: 'Agnes', 2: 'Bede', 3: '', 4: 'Cuthbert' } },
    { day: 'Sun', service: 'evensong', bells: { 1: '', 2: 'Bede', 3: 'Hild', 4: '' } },
  ],
};

describe('TowerRotaClient', () => {
  let controller: AbortController;

  before(() => {
    controller = new AbortController();
  });

  after(() => {
    controller.abort();
  });

  test('returns the rota on the first successful attempt', async () => {
    const transport = new FlakyTransport(0, sampleRota);
    const client = new TowerRotaClient(transport);
    const rota = await client.weekRota('st-mary-abbey', '2024-W19', controller.signal);
    assert.equal(rota.services.length, 2);
    assert.equal(transport.calls, 1);
  });

  test('retries transient failures', async () => {
    const transport = new FlakyTransport(2, sampleRota);
    const client = new TowerRotaClient(transport);
    assert.equal(await client.ringersNeeded('st-mary-abbey', '2024-W19', controller.signal), 3);
    assert.equal(transport.calls, 3);
  });

  test('gives up after the configured number of attempts', async () => {
    const transport = new FlakyTransport(5, sampleRota);
    const client = new TowerRotaClient(transport, 2);
    await assert.rejects(client.weekRota('st-mary-abbey', '2024-W19', controller.signal), /tower server busy/);
    assert.equal(transport.calls, 2);
  });
});
