// expect: no-promise-as-value
// The second test passes the unawaited isAvailable(...) promise to expect(...).toBeTruthy(); a promise is always truthy, so the assertion can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Shift {
  instructor: string;
  date: string;
  startHour: number;
  endHour: number;
}

interface ShiftStore {
  shiftsFor(instructor: string, date: string): Promise<Shift[]>;
  certifiedFor(instructor: string): Promise<Array<'foil' | 'twin-tip' | 'wing'>>;
}

class InstructorRoster {
  constructor(private readonly store: ShiftStore) {}

  async isAvailable(instructor: string, date: string, hour: number): Promise<boolean> {
    const shifts = await this.store.shiftsFor(instructor, date);
    return !shifts.some((s) => hour >= s.startHour && hour < s.endHour);
  }

  async canTeach(instructor: string, discipline: 'foil' | 'twin-tip' | 'wing'): Promise<boolean> {
    const certs = await this.store.certifiedFor(instructor);
    return certs.includes(discipline);
  }
}

describe('InstructorRoster', () => {
  let store: ShiftStore;
  let roster: InstructorRoster;

  beforeEach(() => {
    store = {
      shiftsFor: vi.fn(async (instructor: string) =>
        instructor === 'marta' ? [{ instructor, date: '2024-07-14', startHour: 10, endHour: 13 }] : [],
      ),
      certifiedFor: vi.fn(async (instructor: string) =>
        instructor === 'marta' ? (['twin-tip', 'foil'] as const).slice() : (['twin-tip'] as const).slice(),
      ),
    };
    roster = new InstructorRoster(store);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('treats an instructor with no shifts as available', async () => {
    await expect(roster.isAvailable('joao', '2024-07-14', 11)).resolves.toBe(true);
  });

  it('reports an instructor available outside their booked block', async () => {
    expect(roster.isAvailable('marta', '2024-07-14', 14)).toBeTruthy();
    expect(store.shiftsFor).toHaveBeenCalledWith('marta', '2024-07-14');
  });

  it('knows which disciplines an instructor may teach', async () => {
    expect(await roster.canTeach('marta', 'foil')).toBe(true);
    expect(await roster.canTeach('joao', 'foil')).toBe(false);
  });
});
