// expect: none
// ready() deliberately memoises one handshake that every caller shares, and pollUntil calls its factory afresh each attempt.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface BeaconLink {
  handshake(): Promise<{ firmware: string }>;
  signalStrength(): Promise<number>;
}

class BeaconTester {
  private handshakeOnce: Promise<{ firmware: string }> | null = null;

  constructor(private readonly link: BeaconLink) {}

  ready(): Promise<{ firmware: string }> {
    this.handshakeOnce ??= this.link.handshake();
    return this.handshakeOnce;
  }

  async strength(): Promise<number> {
    await this.ready();
    return this.link.signalStrength();
  }
}

async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 10): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await read();
    if (done(last)) return last;
    await delay(5);
  }
  throw new Error(`condition not met after ${tries} reads (last=${String(last)})`);
}

function fakeLink(strengths: number[]): BeaconLink & { handshakes: number; reads: number } {
  const link = {
    handshakes: 0,
    reads: 0,
    async handshake() {
      link.handshakes++;
      await delay(2);
      return { firmware: '4.2.1' };
    },
    async signalStrength() {
      const value = strengths[Math.min(link.reads, strengths.length - 1)] ?? 0;
      link.reads++;
      return value;
    },
  };
  return link;
}

describe('avalanche beacon tester', () => {
  let link: ReturnType<typeof fakeLink>;
  let tester: BeaconTester;

  beforeEach(() => {
    link = fakeLink([3, 11, 27, 48, 62]);
    tester = new BeaconTester(link);
  });

  it('shares one handshake between concurrent callers', async () => {
    const [a, b] = await Promise.all([tester.ready(), tester.ready()]);
    assert.equal(a.firmware, '4.2.1');
    assert.equal(b, a);
    assert.equal(link.handshakes, 1);
  });

  it('reuses the handshake for later strength reads', async () => {
    await tester.strength();
    await tester.strength();
    assert.equal(link.handshakes, 1);
    assert.equal(link.reads, 2);
  });

  it('polls until the transmitter is within 50 m', async () => {
    const strength = await pollUntil(() => tester.strength(), (s) => s >= 45);
    assert.equal(strength, 48);
    assert.equal(link.reads, 4);
  });

  it('gives up when the beacon never comes into range', async () => {
    const weak = new BeaconTester(fakeLink([1, 2, 2, 3]));
    await assert.rejects(pollUntil(() => weak.strength(), (s) => s >= 45, 4), /condition not met/);
  });
});
