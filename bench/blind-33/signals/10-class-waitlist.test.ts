// expect: none
// pollWaitlist passes its signal to the timers/promises interval and to every lookup, and the tests expect the AbortError with assert.rejects rather than swallowing it.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setInterval as every } from 'node:timers/promises';

interface WaitlistEntry {
  memberId: string;
  joinedAt: number;
}

interface ClassSnapshot {
  classId: string;
  capacity: number;
  booked: number;
  waitlist: WaitlistEntry[];
}

interface StudioApi {
  snapshot(classId: string, opts: { signal: AbortSignal }): Promise<ClassSnapshot>;
  promote(classId: string, memberId: string, opts: { signal: AbortSignal }): Promise<void>;
}

async function pollWaitlist(
  api: StudioApi,
  classId: string,
  opts: { intervalMs: number; signal: AbortSignal; onPromote: (memberId: string) => void },
): Promise<never> {
  for await (const _tick of every(opts.intervalMs, undefined, { signal: opts.signal })) {
    const snap = await api.snapshot(classId, { signal: opts.signal });
    const free = snap.capacity - snap.booked;
    const next = [...snap.waitlist].sort((a, b) => a.joinedAt - b.joinedAt).slice(0, Math.max(0, free));
    for (const entry of next) {
      await api.promote(classId, entry.memberId, { signal: opts.signal });
      opts.onPromote(entry.memberId);
    }
  }
  throw new Error('waitlist interval ended unexpectedly');
}

function fakeStudio(capacity: number): StudioApi & { booked: number; waitlist: WaitlistEntry[]; signalsSeen: AbortSignal[] } {
  const state = {
    booked: capacity,
    waitlist: [] as WaitlistEntry[],
    signalsSeen: [] as AbortSignal[],
    async snapshot(classId: string, { signal }: { signal: AbortSignal }): Promise<ClassSnapshot> {
      state.signalsSeen.push(signal);
      signal.throwIfAborted();
      return { classId, capacity, booked: state.booked, waitlist: [...state.waitlist] };
    },
    async promote(_classId: string, memberId: string, { signal }: { signal: AbortSignal }): Promise<void> {
      signal.throwIfAborted();
      state.waitlist = state.waitlist.filter((w) => w.memberId !== memberId);
      state.booked++;
    },
  };
  return state;
}

describe('yoga class waitlist poller', () => {
  let studio: ReturnType<typeof fakeStudio>;

  beforeEach(() => {
    studio = fakeStudio(12);
    studio.waitlist = [
      { memberId: 'm-2', joinedAt: 20 },
      { memberId: 'm-1', joinedAt: 10 },
    ];
  });

  it('promotes the earliest waitlisted member when a mat frees up, then stops on abort', async () => {
    const controller = new AbortController();
    const promoted: string[] = [];
    studio.booked = 11;

    await assert.rejects(
      pollWaitlist(studio, 'vinyasa-0700', {
        intervalMs: 5,
        signal: controller.signal,
        onPromote: (id) => {
          promoted.push(id);
          controller.abort();
        },
      }),
      { name: 'AbortError' },
    );

    assert.deepEqual(promoted, ['m-1']);
    assert.equal(studio.waitlist.length, 1);
    assert.ok(studio.signalsSeen.every((s) => s === controller.signal));
  });

  it('rejects immediately when started with an aborted signal', async () => {
    await assert.rejects(
      pollWaitlist(studio, 'yin-1930', { intervalMs: 5, signal: AbortSignal.abort(), onPromote: () => undefined }),
      { name: 'AbortError' },
    );
    assert.equal(studio.signalsSeen.length, 0);
  });
});
