// expect: none
// The capacity table is filled in a .then callback, but every reader awaits the stored load promise first; the stored promise is awaited, never used as a value.
import { EventEmitter } from 'node:events';

export interface Reservation {
  hutId: string;
  night: string; // YYYY-MM-DD
  beds: number;
  guestName: string;
}

interface CapacityRow {
  hutId: string;
  beds: number;
  winterRoomOnly: boolean;
}

declare const hutRegistry: {
  listHuts(region: string): Promise<CapacityRow[]>;
  bookedBeds(hutId: string, night: string): Promise<number>;
  insert(res: Reservation): Promise<{ id: string }>;
};

export class HutCalendar extends EventEmitter {
  private capacity = new Map<string, CapacityRow>();
  private loading?: Promise<void>;

  constructor(private readonly region: string) {
    super();
  }

  private ensureLoaded(): Promise<void> {
    this.loading ??= hutRegistry.listHuts(this.region).then((rows) => {
      for (const row of rows) {
        this.capacity.set(row.hutId, row);
      }
      this.emit('loaded', rows.length);
    });
    return this.loading;
  }

  async freeBeds(hutId: string, night: string): Promise<number> {
    await this.ensureLoaded();
    const row = this.capacity.get(hutId);
    if (!row) {
      throw new Error(`Unknown hut ${hutId} in region ${this.region}`);
    }
    const booked = await hutRegistry.bookedBeds(hutId, night);
    return Math.max(row.beds - booked, 0);
  }

  async reserve(res: Reservation): Promise<string> {
    if (res.beds < 1) {
      throw new RangeError('A reservation needs at least one bed');
    }
    const free = await this.freeBeds(res.hutId, res.night);
    if (free < res.beds) {
      throw new Error(`${res.hutId} has only ${free} beds left on ${res.night}`);
    }
    const { id } = await hutRegistry.insert(res);
    this.emit('reserved', { ...res, id });
    return id;
  }

  async winterRoomHuts(): Promise<string[]> {
    await this.ensureLoaded();
    return [...this.capacity.values()].filter((r) => r.winterRoomOnly).map((r) => r.hutId);
  }

  reload(): Promise<void> {
    this.loading = undefined;
    this.capacity.clear();
    return this.ensureLoaded();
  }
}

export function logBookings(calendar: HutCalendar, write: (line: string) => void): void {
  calendar.on('loaded', (count: number) => {
    write(`capacity table ready: ${count} huts`);
  });
  calendar.on('reserved', (r: Reservation & { id: string }) => {
    write(`${r.id} ${r.hutId} ${r.night} x${r.beds} for ${r.guestName}`);
  });
}
