// expect: no-promise-as-value
// The availability test passes the un-awaited promise from isAvailable to toBeTruthy, which is always truthy, so the test can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Slot {
  start: Date;
  minutes: number;
}

interface CalendarStore {
  busyBlocks(technician: string, day: string): Promise<Slot[]>;
}

class TechnicianRoster {
  constructor(
    private readonly calendar: CalendarStore,
    private readonly travelBufferMinutes = 30,
  ) {}

  async isAvailable(technician: string, wanted: Slot): Promise<boolean> {
    const day = wanted.start.toISOString().slice(0, 10);
    const busy = await this.calendar.busyBlocks(technician, day);
    const wantedStart = wanted.start.getTime();
    const wantedEnd = wantedStart + wanted.minutes * 60_000;
    const buffer = this.travelBufferMinutes * 60_000;
    return busy.every((block) => {
      const start = block.start.getTime() - buffer;
      const end = block.start.getTime() + block.minutes * 60_000 + buffer;
      return wantedEnd <= start || wantedStart >= end;
    });
  }

  async firstFree(technicians: string[], wanted: Slot): Promise<string | null> {
    for (const technician of technicians) {
      if (await this.isAvailable(technician, wanted)) return technician;
    }
    return null;
  }
}

describe('TechnicianRoster', () => {
  let busyBlocks: ReturnType<typeof vi.fn<CalendarStore['busyBlocks']>>;
  let roster: TechnicianRoster;

  beforeEach(() => {
    busyBlocks = vi.fn<CalendarStore['busyBlocks']>(async (technician) =>
      technician === 'ilse' ? [{ start: new Date('2025-09-10T10:00:00Z'), minutes: 90 }] : [],
    );
    roster = new TechnicianRoster({ busyBlocks });
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('refuses a slot that overlaps an existing tuning', async () => {
    const wanted = { start: new Date('2025-09-10T11:00:00Z'), minutes: 60 };
    expect(await roster.isAvailable('ilse', wanted)).toBe(false);
  });

  it('keeps a travel buffer after the previous visit', async () => {
    const wanted = { start: new Date('2025-09-10T11:45:00Z'), minutes: 60 };
    expect(await roster.isAvailable('ilse', wanted)).toBe(false);
  });

  it('accepts a slot once the buffer has passed', () => {
    const wanted = { start: new Date('2025-09-10T12:00:00Z'), minutes: 60 };
    expect(roster.isAvailable('ilse', wanted)).toBeTruthy();
    expect(busyBlocks).toHaveBeenCalledWith('ilse', '2025-09-10');
  });

  it('falls back to the next technician', async () => {
    const wanted = { start: new Date('2025-09-10T10:30:00Z'), minutes: 90 };
    await expect(roster.firstFree(['ilse', 'jun'], wanted)).resolves.toBe('jun');
    expect(busyBlocks).toHaveBeenCalledTimes(2);
  });
});
