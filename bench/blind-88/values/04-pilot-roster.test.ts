// expect: no-promise-as-value
// The 'assigns a licensed pilot' test asserts expect(roster.canAssign(...)).toBeTruthy() on an async method's promise, which is always truthy, so the assertion passes even when the answer is false.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Pilot {
  id: string;
  licence: 'A' | 'B' | 'C';
  hoursSinceRest: number;
}

interface RosterSource {
  onDuty(): Promise<Pilot[]>;
}

class PilotRoster {
  constructor(private readonly source: RosterSource, private readonly maxHours = 10) {}

  async canAssign(pilotId: string, vesselLengthM: number): Promise<boolean> {
    const pilots = await this.source.onDuty();
    const pilot = pilots.find((p) => p.id === pilotId);
    if (!pilot || pilot.hoursSinceRest >= this.maxHours) return false;
    const needed = vesselLengthM > 250 ? 'A' : vesselLengthM > 150 ? 'B' : 'C';
    return pilot.licence <= needed;
  }

  async assign(pilotId: string, vesselLengthM: number): Promise<string> {
    if (!(await this.canAssign(pilotId, vesselLengthM))) {
      throw new Error(`pilot ${pilotId} cannot take a ${vesselLengthM} m vessel`);
    }
    return `${pilotId}:${vesselLengthM}`;
  }
}

describe('PilotRoster', () => {
  let source: RosterSource;
  let roster: PilotRoster;

  beforeEach(() => {
    source = {
      onDuty: vi.fn(async (): Promise<Pilot[]> => [
        { id: 'P-11', licence: 'A', hoursSinceRest: 3 },
        { id: 'P-27', licence: 'C', hoursSinceRest: 2 },
        { id: 'P-30', licence: 'B', hoursSinceRest: 11 },
      ]),
    };
    roster = new PilotRoster(source);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('assigns a licensed pilot to a large tanker', () => {
    expect(roster.canAssign('P-11', 300)).toBeTruthy();
    expect(source.onDuty).toHaveBeenCalledOnce();
  });

  it('refuses a pilot whose licence is too low', async () => {
    await expect(roster.canAssign('P-27', 200)).resolves.toBe(false);
  });

  it('refuses a pilot who is over hours', async () => {
    await expect(roster.assign('P-30', 120)).rejects.toThrow(/cannot take/);
  });

  it('returns an assignment reference', async () => {
    await expect(roster.assign('P-27', 90)).resolves.toBe('P-27:90');
  });
});
