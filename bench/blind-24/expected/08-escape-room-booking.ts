// expect: none
// Each retry calls reserveSlot() again with a fresh AbortController, and the early-started room catalogue promise is awaited exactly once.
import { setTimeout as delay } from 'node:timers/promises';

export interface RoomSlot {
  roomId: string;
  startsAt: string;
  capacity: number;
}

export interface Booking {
  reference: string;
  roomId: string;
  startsAt: string;
  players: number;
}

interface RoomInfo {
  id: string;
  title: string;
  minPlayers: number;
  maxPlayers: number;
}

const API = 'https://bookings.lockedin.example/api/v2';

async function loadRooms(): Promise<RoomInfo[]> {
  const res = await fetch(`${API}/rooms`);
  if (!res.ok) throw new Error(`rooms: HTTP ${res.status}`);
  return (await res.json()) as RoomInfo[];
}

async function reserveSlot(slot: RoomSlot, players: number, signal: AbortSignal): Promise<Booking> {
  const res = await fetch(`${API}/rooms/${slot.roomId}/reservations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ startsAt: slot.startsAt, players }),
    signal,
  });
  if (res.status === 409) throw new Error('slot taken');
  if (!res.ok) throw new Error(`reserve: HTTP ${res.status}`);
  return (await res.json()) as Booking;
}

function isRetryable(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError' || /HTTP 5\d\d/.test(message));
}

export async function bookGroup(slot: RoomSlot, players: number, attempts = 3): Promise<Booking> {
  // fetch the catalogue while we validate the slot locally
  const roomsRequest = loadRooms();

  if (players > slot.capacity) {
    roomsRequest.catch(() => {});
    throw new Error(`slot only holds ${slot.capacity} players`);
  }

  const rooms = await roomsRequest;
  const room = rooms.find((r) => r.id === slot.roomId);
  if (!room) throw new Error(`unknown room ${slot.roomId}`);
  if (players < room.minPlayers) throw new Error(`${room.title} needs at least ${room.minPlayers} players`);

  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 8_000);
    try {
      return await reserveSlot(slot, players, controller.signal);
    } catch (err) {
      lastError = err;
      if (!isRetryable(err)) break;
      await delay(300 * (attempt + 1));
    } finally {
      clearTimeout(timer);
    }
  }
  throw new Error(`could not book ${slot.roomId} at ${slot.startsAt}`, { cause: lastError });
}
