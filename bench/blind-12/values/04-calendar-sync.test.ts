// expect: none
// Every async call is awaited before its result is asserted, and assert.rejects is deliberately handed the promise itself.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface CalendarEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  etag: string;
}

class FakeRemoteCalendar {
  events = new Map<string, CalendarEvent>();
  failNext = false;

  async list(since: string): Promise<CalendarEvent[]> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('503 from CalDAV server');
    }
    return [...this.events.values()].filter((e) => e.start >= since);
  }
}

class CalendarSync {
  private local = new Map<string, CalendarEvent>();
  constructor(private readonly remote: FakeRemoteCalendar) {}

  async pull(since: string): Promise<{ added: number; updated: number }> {
    const remoteEvents = await this.remote.list(since);
    let added = 0;
    let updated = 0;
    for (const ev of remoteEvents) {
      const existing = this.local.get(ev.id);
      if (!existing) added++;
      else if (existing.etag !== ev.etag) updated++;
      else continue;
      this.local.set(ev.id, ev);
    }
    return { added, updated };
  }

  async has(id: string): Promise<boolean> {
    return this.local.has(id);
  }

  async titleOf(id: string): Promise<string | undefined> {
    return this.local.get(id)?.title;
  }
}

describe('CalendarSync.pull', () => {
  let remote: FakeRemoteCalendar;
  let sync: CalendarSync;

  beforeEach(() => {
    remote = new FakeRemoteCalendar();
    sync = new CalendarSync(remote);
    remote.events.set('a', { id: 'a', title: 'Standup', start: '2024-05-01T09:00', end: '2024-05-01T09:15', etag: '1' });
    remote.events.set('b', { id: 'b', title: 'Retro', start: '2024-05-03T15:00', end: '2024-05-03T16:00', etag: '1' });
  });

  it('adds new events on the first pull', async () => {
    const result = await sync.pull('2024-05-01');
    assert.deepEqual(result, { added: 2, updated: 0 });
    assert.ok(await sync.has('a'));
    assert.equal(await sync.titleOf('b'), 'Retro');
  });

  it('only counts events whose etag changed', async () => {
    await sync.pull('2024-05-01');
    remote.events.set('b', { ...remote.events.get('b')!, title: 'Sprint retro', etag: '2' });
    const second = await sync.pull('2024-05-01');
    assert.equal(second.updated, 1);
    assert.equal(second.added, 0);
    assert.equal(await sync.titleOf('b'), 'Sprint retro');
  });

  it('skips events before the sync window', async () => {
    const result = await sync.pull('2024-05-02');
    assert.equal(result.added, 1);
    assert.equal(await sync.has('a'), false);
  });

  it('surfaces server errors', async () => {
    remote.failNext = true;
    await assert.rejects(sync.pull('2024-05-01'), /503/);
    const retry = await sync.pull('2024-05-01');
    assert.equal(retry.added, 2);
  });
});
