// expect: none
// The helper's cleanup clears the timeout and removes both listeners on every path, so each awaited promise settles exactly once.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Shearer {
  name: string;
  animalsPerHour: number;
}

interface Farm {
  farmId: string;
  herdSize: number;
}

interface RosterPublished {
  day: string;
  assignments: Array<{ shearer: string; farmId: string; hours: number }>;
}

class ShearingRoster extends EventEmitter {
  private readonly shearers: Shearer[] = [];

  addShearer(shearer: Shearer): void {
    this.shearers.push(shearer);
  }

  publish(day: string, farms: Farm[]): void {
    setImmediate(() => {
      if (this.shearers.length === 0) {
        this.emit('error', new Error(`no shearers available on ${day}`));
        return;
      }
      const assignments = farms.map((farm, i) => {
        const shearer = this.shearers[i % this.shearers.length];
        return { shearer: shearer.name, farmId: farm.farmId, hours: Math.ceil(farm.herdSize / shearer.animalsPerHour) };
      });
      this.emit('published', { day, assignments } satisfies RosterPublished);
    });
  }
}

function nextRoster(roster: ShearingRoster, timeoutMs = 500): Promise<RosterPublished> {
  return new Promise<RosterPublished>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      roster.off('published', onPublished);
      roster.off('error', onError);
    };
    const onPublished = (published: RosterPublished) => {
      cleanup();
      resolve(published);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`roster not published within ${timeoutMs}ms`));
    }, timeoutMs);
    roster.on('published', onPublished);
    roster.on('error', onError);
  });
}

describe('ShearingRoster', () => {
  let roster: ShearingRoster;

  beforeEach(() => {
    roster = new ShearingRoster();
  });

  it('spreads farms across shearers round-robin', async () => {
    roster.addShearer({ name: 'Marta', animalsPerHour: 6 });
    roster.addShearer({ name: 'Ieuan', animalsPerHour: 4 });
    const published = nextRoster(roster);
    roster.publish('2024-11-02', [
      { farmId: 'hillside', herdSize: 30 },
      { farmId: 'riverbend', herdSize: 18 },
      { farmId: 'top-paddock', herdSize: 12 },
    ]);
    const { assignments } = await published;
    expect(assignments).toEqual([
      { shearer: 'Marta', farmId: 'hillside', hours: 5 },
      { shearer: 'Ieuan', farmId: 'riverbend', hours: 5 },
      { shearer: 'Marta', farmId: 'top-paddock', hours: 2 },
    ]);
  });

  it('publishes an empty roster when no farms booked', async () => {
    roster.addShearer({ name: 'Marta', animalsPerHour: 6 });
    const published = nextRoster(roster);
    roster.publish('2024-11-03', []);
    expect((await published).assignments).toHaveLength(0);
  });

  it('fails when nobody is available to shear', async () => {
    const published = nextRoster(roster);
    roster.publish('2024-11-04', [{ farmId: 'hillside', herdSize: 30 }]);
    await expect(published).rejects.toThrow(/no shearers available/);
  });
});
