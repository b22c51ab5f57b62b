// expect: no-swallowed-abort
// the api() helper rewraps every failure, including the AbortSignal.timeout abort, in a plain Error so the timeout/abort identity is lost.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeAll: (fn: () => Promise<void> | void) => void;
declare const afterAll: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(message?: string): Promise<void> };
};

interface RoomSeed {
  id: string;
  name: string;
  capacity: number;
  slotMinutes: number;
}

interface Slot {
  startsAt: string;
  available: boolean;
}

declare function createBookingServer(opts: { rooms: RoomSeed[]; openAt: string; closeAt: string }): Server;

const rooms: RoomSeed[] = [
  { id: 'pharaoh', name: "The Pharaoh's Tomb", capacity: 6, slotMinutes: 60 },
  { id: 'sub', name: 'Submarine 7', capacity: 4, slotMinutes: 90 },
];

let server: Server;
let baseUrl: string;

async function api<T>(path: string, init: RequestInit & { signal: AbortSignal }): Promise<T> {
  try {
    const res = await fetch(new URL(path, baseUrl), {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
    if (!res.ok) {
      throw new Error(`${init.method ?? 'GET'} ${path} -> ${res.status}: ${await res.text()}`);
    }
    return (await res.json()) as T;
  } catch (err) {
    throw new Error(`booking api call failed: ${(err as Error).message}`);
  }
}

describe('escape room availability', () => {
  beforeAll(async () => {
    server = createBookingServer({ rooms, openAt: '10:00', closeAt: '22:00' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  it('lists hourly slots for a 60 minute room', async () => {
    const slots = await api<Slot[]>('/rooms/pharaoh/slots?date=2024-11-02', {
      signal: AbortSignal.timeout(2_000),
    });
    expect(slots).toHaveLength(12);
    expect(slots[0]?.startsAt).toBe('2024-11-02T10:00');
  });

  it('marks a slot unavailable once booked', async () => {
    await api('/bookings', {
      method: 'POST',
      body: JSON.stringify({ roomId: 'sub', startsAt: '2024-11-02T13:00', players: 3 }),
      signal: AbortSignal.timeout(2_000),
    });
    const slots = await api<Slot[]>('/rooms/sub/slots?date=2024-11-02', {
      signal: AbortSignal.timeout(2_000),
    });
    const booked = slots.find((s) => s.startsAt === '2024-11-02T13:00');
    expect(booked?.available).toBe(false);
  });

  it('refuses groups larger than the room capacity', async () => {
    await expect(
      api('/bookings', {
        method: 'POST',
        body: JSON.stringify({ roomId: 'sub', startsAt: '2024-11-02T16:00', players: 7 }),
        signal: AbortSignal.timeout(2_000),
      }),
    ).rejects.toThrow('422');
  });
});
