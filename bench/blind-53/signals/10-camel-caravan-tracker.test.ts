// expect: none
// trackCaravan hands its signal to the timers/promises interval and to each GPS read, and the tests expect cancellation to surface as an AbortError rather than a result.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setInterval as every, setTimeout as sleep } from 'node:timers/promises';

interface Fix {
  camel: string;
  lat: number;
  lon: number;
}

class FakeCollarNetwork {
  reads = 0;
  constructor(private readonly camels: string[], private readonly latencyMs = 2) {}

  async fix(camel: string, opts: { signal: AbortSignal }): Promise<Fix> {
    await sleep(this.latencyMs, undefined, { signal: opts.signal });
    this.reads += 1;
    const drift = this.reads * 0.001;
    return { camel, lat: 23.4 + drift, lon: 12.1 - drift };
  }

  roster(): string[] {
    return [...this.camels];
  }
}

async function trackCaravan(
  network: FakeCollarNetwork,
  opts: { signal: AbortSignal; everyMs: number; maxRounds?: number },
): Promise<Fix[][]> {
  const rounds: Fix[][] = [];
  for await (const _ of every(opts.everyMs, undefined, { signal: opts.signal })) {
    const fixes: Fix[] = [];
    for (const camel of network.roster()) {
      fixes.push(await network.fix(camel, { signal: opts.signal }));
    }
    rounds.push(fixes);
    if (opts.maxRounds !== undefined && rounds.length >= opts.maxRounds) break;
  }
  return rounds;
}

function spreadKm(fixes: Fix[]): number {
  const lats = fixes.map((f) => f.lat);
  const lons = fixes.map((f) => f.lon);
  // at these latitudes one degree is roughly 111km north-south and 102km east-west
  const dLat = (Math.max(...lats) - Math.min(...lats)) * 111;
  const dLon = (Math.max(...lons) - Math.min(...lons)) * 102;
  return Math.hypot(dLat, dLon);
}

describe('caravan collar tracking', () => {
  let network: FakeCollarNetwork;

  beforeEach(() => {
    network = new FakeCollarNetwork(['Zahra', 'Bakr', 'Nour']);
  });

  it('collects one fix per camel per round', async () => {
    const rounds = await trackCaravan(network, { signal: new AbortController().signal, everyMs: 5, maxRounds: 3 });
    assert.equal(rounds.length, 3);
    assert.deepEqual(
      rounds[0].map((f) => f.camel),
      ['Zahra', 'Bakr', 'Nour'],
    );
  });

  it('keeps the caravan spread small while walking together', async () => {
    const rounds = await trackCaravan(network, { signal: new AbortController().signal, everyMs: 5, maxRounds: 2 });
    assert.ok(spreadKm(rounds[1]) < 1);
  });

  it('stops with an AbortError when the operator cancels', async () => {
    const controller = new AbortController();
    const tracking = trackCaravan(network, { signal: controller.signal, everyMs: 5 });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(tracking, { name: 'AbortError' });
    assert.ok(network.reads > 0);
  });

  it('refuses to start with an already-aborted signal', async () => {
    await assert.rejects(
      trackCaravan(network, { signal: AbortSignal.abort(), everyMs: 5 }),
      { name: 'AbortError' },
    );
    assert.equal(network.reads, 0);
  });
});
