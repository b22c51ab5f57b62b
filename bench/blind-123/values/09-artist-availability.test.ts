// expect: none
// Every assertion awaits the service call (or uses an awaited .resolves), so the tests compare booleans and slot lists rather than Promise objects.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Slot {
  artist: string;
  start: string;
  minutes: number;
}

interface CalendarApi {
  busySlots(artist: string, day: string): Promise<Slot[]>;
}

class AvailabilityService {
  constructor(
    private readonly calendar: CalendarApi,
    private readonly openHour = 11,
    private readonly closeHour = 20,
  ) {}

  async isAvailable(artist: string, start: Date, minutes: number): Promise<boolean> {
    const day = start.toISOString().slice(0, 10);
    const busy = await this.calendar.busySlots(artist, day);
    const begin = start.getTime();
    const end = begin + minutes * 60_000;
    if (start.getUTCHours() < this.openHour) return false;
    if (end > Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate(), this.closeHour)) return false;
    return busy.every((slot) => {
      const s = Date.parse(slot.start);
      return end <= s || begin >= s + slot.minutes * 60_000;
    });
  }

  async longestGapMinutes(artist: string, day: string): Promise<number> {
    const busy = (await this.calendar.busySlots(artist, day)).sort((a, b) => a.start.localeCompare(b.start));
    let cursor = Date.parse(`${day}T${String(this.openHour).padStart(2, '0')}:00:00Z`);
    const close = Date.parse(`${day}T${this.closeHour}:00:00Z`);
    let best = 0;
    for (const slot of busy) {
      const s = Date.parse(slot.start);
      best = Math.max(best, (s - cursor) / 60_000);
      cursor = Math.max(cursor, s + slot.minutes * 60_000);
    }
    return Math.max(best, (close - cursor) / 60_000);
  }
}

describe('AvailabilityService', () => {
  const busy: Slot[] = [
    { artist: 'mara', start: '2025-03-14T12:00:00Z', minutes: 120 },
    { artist: 'mara', start: '2025-03-14T16:00:00Z', minutes: 180 },
  ];
  let calendar: CalendarApi;
  let service: AvailabilityService;

  beforeEach(() => {
    calendar = { busySlots: vi.fn(async () => busy) };
    service = new AvailabilityService(calendar);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('accepts a consultation in the gap between two sessions', async () => {
    expect(await service.isAvailable('mara', new Date('2025-03-14T14:00:00Z'), 90)).toBe(true);
    expect(calendar.busySlots).toHaveBeenCalledWith('mara', '2025-03-14');
  });

  it('rejects a sleeve session that overlaps the afternoon booking', async () => {
    await expect(service.isAvailable('mara', new Date('2025-03-14T14:30:00Z'), 120)).resolves.toBe(false);
  });

  it('rejects bookings before the studio opens', async () => {
    const available = await service.isAvailable('mara', new Date('2025-03-14T09:00:00Z'), 30);
    expect(available).toBe(false);
  });

  it('finds the longest free stretch of the day', async () => {
    expect(await service.longestGapMinutes('mara', '2025-03-14')).toBe(120);
  });
});
