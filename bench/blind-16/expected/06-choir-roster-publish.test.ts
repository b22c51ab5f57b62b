// expect: no-reused-settled-promise
// waitForPublished keeps awaiting the one roster promise passed in, so polling never fetches a fresh roster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface RehearsalSlot {
  section: 'soprano' | 'alto' | 'tenor' | 'bass';
  start: string;
  room: string;
}

interface Roster {
  weekOf: string;
  status: 'draft' | 'published';
  slots: RehearsalSlot[];
}

declare const scheduler: {
  submitDraft(weekOf: string, slots: RehearsalSlot[]): Promise<{ jobId: string }>;
  fetchRoster(weekOf: string): Promise<Roster>;
  reset(): Promise<void>;
};

async function waitForPublished(pending: Promise<Roster>, timeoutMs = 5_000): Promise<Roster> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const roster = await pending;
    if (roster.status === 'published') return roster;
    await sleep(200);
  }
  throw new Error(`roster not published within ${timeoutMs}ms`);
}

const WEEK = '2024-09-02';

const slots: RehearsalSlot[] = [
  { section: 'soprano', start: '18:30', room: 'Chapel' },
  { section: 'alto', start: '18:30', room: 'Vestry' },
  { section: 'tenor', start: '19:15', room: 'Chapel' },
  { section: 'bass', start: '19:15', room: 'Vestry' },
];

test('publishes a submitted rehearsal roster', async (t) => {
  t.after(() => scheduler.reset());

  const { jobId } = await scheduler.submitDraft(WEEK, slots);
  assert.ok(jobId);

  const roster = await waitForPublished(scheduler.fetchRoster(WEEK));
  assert.equal(roster.weekOf, WEEK);
  assert.equal(roster.slots.length, 4);
});

test('keeps sections in separate rooms when they overlap', async (t) => {
  t.after(() => scheduler.reset());

  await scheduler.submitDraft(WEEK, slots);
  const roster = await waitForPublished(scheduler.fetchRoster(WEEK));

  const byStart = new Map<string, Set<string>>();
  for (const slot of roster.slots) {
    const rooms = byStart.get(slot.start) ?? new Set<string>();
    assert.ok(!rooms.has(slot.room), `${slot.room} double-booked at ${slot.start}`);
    rooms.add(slot.room);
    byStart.set(slot.start, rooms);
  }
});
