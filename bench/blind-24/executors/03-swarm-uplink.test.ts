// expect: no-multiple-settle
// Bug: async executor awaits sim.allocateChannel() before wiring listeners; if it rejects, the error is lost and the returned promise never settles (test hangs).
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void, timeout?: number): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(value: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface Formation {
  name: string;
  drones: number;
  durationMs: number;
}

class SwarmLink extends EventEmitter {
  acked: string[] = [];
  constructor(readonly channel: number) {
    super();
  }
  upload(formation: Formation): void {
    setTimeout(() => {
      this.acked.push(formation.name);
      this.emit('ack', formation.name);
    }, 5);
  }
  close(): void {
    this.removeAllListeners();
  }
}

class SwarmSimulator {
  private nextChannel = 11;
  private links: SwarmLink[] = [];

  async allocateChannel(): Promise<number> {
    if (this.nextChannel > 26) throw new Error('no free radio channels');
    return this.nextChannel++;
  }

  open(channel: number): SwarmLink {
    const link = new SwarmLink(channel);
    this.links.push(link);
    setTimeout(() => link.emit('ready'), 2);
    return link;
  }

  shutdown(): void {
    for (const link of this.links) link.close();
    this.links = [];
  }
}

function connectSwarm(sim: SwarmSimulator): Promise<SwarmLink> {
  return new Promise<SwarmLink>(async (resolve, reject) => {
    const channel = await sim.allocateChannel();
    const link = sim.open(channel);
    link.once('ready', () => resolve(link));
    link.once('error', reject);
  });
}

function waitForAck(link: SwarmLink, name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const onAck = (acked: string) => {
      if (acked !== name) return;
      link.off('ack', onAck);
      resolve();
    };
    link.on('ack', onAck);
  });
}

describe('swarm uplink', () => {
  let sim: SwarmSimulator;

  beforeEach(() => {
    sim = new SwarmSimulator();
  });

  afterEach(() => {
    sim.shutdown();
  });

  it('opens a link on a fresh channel', async () => {
    const link = await connectSwarm(sim);
    expect(link.channel).toBeGreaterThan(10);
  });

  it('uploads the opening formation', async () => {
    const link = await connectSwarm(sim);
    const opener: Formation = { name: 'harbour-lighthouse', drones: 320, durationMs: 42_000 };
    link.upload(opener);
    await waitForAck(link, opener.name);
    expect(link.acked).toEqual(['harbour-lighthouse']);
  });

  it('hands out distinct channels to parallel links', async () => {
    const links = await Promise.all([connectSwarm(sim), connectSwarm(sim), connectSwarm(sim)]);
    const channels = new Set(links.map((l) => l.channel));
    expect(channels.size).toBe(3);
  });
});
