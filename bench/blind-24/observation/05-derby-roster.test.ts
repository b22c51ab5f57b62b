// expect: none
// Each async registration is awaited, either sequentially in for...of or via Promise.all over the mapped promises.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Skater {
  derbyName: string;
  number: string;
  position: 'jammer' | 'blocker' | 'pivot';
}

class BoutRoster {
  private readonly skaters = new Map<string, Skater>();

  constructor(private readonly maxSkaters = 15) {}

  async register(skater: Skater): Promise<void> {
    // Simulates the league registry round-trip.
    await delay(5);
    if (this.skaters.size >= this.maxSkaters) {
      throw new Error(`Roster full (${this.maxSkaters})`);
    }
    if (this.skaters.has(skater.number)) {
      throw new Error(`Number ${skater.number} already taken`);
    }
    this.skaters.set(skater.number, skater);
  }

  get size(): number {
    return this.skaters.size;
  }

  jammers(): Skater[] {
    return [...this.skaters.values()].filter((s) => s.position === 'jammer');
  }
}

const homeTeam: Skater[] = [
  { derbyName: 'Slamwise Gamgee', number: '42', position: 'jammer' },
  { derbyName: 'Ruth Less', number: '7', position: 'blocker' },
  { derbyName: 'Hurt Reynolds', number: '88', position: 'pivot' },
  { derbyName: 'Ada Lovehate', number: '101', position: 'jammer' },
  { derbyName: 'Bruisey Q', number: '13', position: 'blocker' },
];

describe('BoutRoster', () => {
  let roster: BoutRoster;

  beforeEach(() => {
    roster = new BoutRoster(5);
  });

  it('registers skaters in order', async () => {
    for (const skater of homeTeam) {
      await roster.register(skater);
    }
    assert.equal(roster.size, homeTeam.length);
  });

  it('registers a whole team concurrently', async () => {
    await Promise.all(homeTeam.map(async (skater) => roster.register(skater)));
    assert.equal(roster.jammers().length, 2);
  });

  it('rejects a sixth skater when the roster is full', async () => {
    await Promise.all(homeTeam.map((skater) => roster.register(skater)));
    await assert.rejects(
      roster.register({ derbyName: 'Late Arrival', number: '99', position: 'blocker' }),
      /Roster full/,
    );
  });

  it('rejects duplicate numbers', async () => {
    await roster.register(homeTeam[0]);
    await assert.rejects(roster.register({ ...homeTeam[1], number: '42' }), /already taken/);
  });
});
