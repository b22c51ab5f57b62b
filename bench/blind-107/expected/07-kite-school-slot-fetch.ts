// expect: none
// The fallback `.catch(() => delay(...).then(() => fetchSlots(...)))` calls fetchSlots again and so makes a brand-new request, instead of re-attaching to the promise that already failed.
import { setTimeout as delay } from 'node:timers/promises';

export interface LessonSlot {
  start: string;
  instructor: string;
  spotsLeft: number;
  level: 'intro' | 'waterstart' | 'upwind' | 'foil';
}

export interface SlotQuery {
  spot: string;
  day: string;
  level?: LessonSlot['level'];
}

const API = 'https://book.example-kiteschool.test/api';

export async function fetchSlots(q: SlotQuery, signal?: AbortSignal): Promise<LessonSlot[]> {
  const params = new URLSearchParams({ spot: q.spot, day: q.day });
  if (q.level) params.set('level', q.level);
  const res = await fetch(`${API}/slots?${params}`, { signal });
  if (!res.ok) throw new Error(`slots HTTP ${res.status}`);
  return (await res.json()) as LessonSlot[];
}

export function fetchSlotsOnce(q: SlotQuery, signal?: AbortSignal): Promise<LessonSlot[]> {
  // the booking API drops the first request after a cold start; one quick second try covers it
  return fetchSlots(q, signal).catch((err: unknown) => {
    if (signal?.aborted) throw err;
    return delay(400, undefined, { signal }).then(() => fetchSlots(q, signal));
  });
}

export function openSlots(slots: LessonSlot[], minSpots = 1): LessonSlot[] {
  return slots.filter((s) => s.spotsLeft >= minSpots).sort((a, b) => a.start.localeCompare(b.start));
}

export async function weekendAvailability(spot: string, days: string[], signal?: AbortSignal): Promise<Map<string, LessonSlot[]>> {
  const perDay = await Promise.all(days.map((day) => fetchSlotsOnce({ spot, day }, signal)));
  const out = new Map<string, LessonSlot[]>();
  days.forEach((day, i) => out.set(day, openSlots(perDay[i])));
  return out;
}
