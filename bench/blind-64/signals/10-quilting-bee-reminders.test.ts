// expect: none
// sendReminders checks and forwards its signal to every wait and send, and the tests assert that an abort surfaces as an AbortError rather than a partial result.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Quilter {
  name: string;
  phone: string;
  bringing: 'fabric' | 'batting' | 'thread' | 'snacks';
}

interface Reminder {
  to: string;
  body: string;
}

type Sender = (r: Reminder, opts: { signal: AbortSignal }) => Promise<void>;

async function sendReminders(
  bee: { date: string; pattern: string },
  quilters: Quilter[],
  send: Sender,
  signal: AbortSignal,
  spacingMs = 5,
): Promise<number> {
  let sent = 0;
  for (const q of quilters) {
    signal.throwIfAborted();
    await send(
      { to: q.phone, body: `Hi ${q.name}! Bee on ${bee.date} (${bee.pattern}). Please bring ${q.bringing}.` },
      { signal },
    );
    sent++;
    await delay(spacingMs, undefined, { signal });
  }
  return sent;
}

describe('quilting bee reminders', () => {
  const bee = { date: '2024-11-09', pattern: 'Log Cabin' };
  const quilters: Quilter[] = [
    { name: 'Ada', phone: '+15550001', bringing: 'fabric' },
    { name: 'Bea', phone: '+15550002', bringing: 'batting' },
    { name: 'Cora', phone: '+15550003', bringing: 'snacks' },
  ];
  let outbox: Reminder[];

  const fakeSend: Sender = async (r, { signal }) => {
    await delay(2, undefined, { signal });
    outbox.push(r);
  };

  beforeEach(() => {
    outbox = [];
  });

  it('sends one reminder per quilter', async () => {
    const sent = await sendReminders(bee, quilters, fakeSend, new AbortController().signal);
    assert.equal(sent, 3);
    assert.match(outbox[2].body, /bring snacks/);
  });

  it('refuses to start with an already-aborted signal', async () => {
    const ac = new AbortController();
    ac.abort();
    await assert.rejects(sendReminders(bee, quilters, fakeSend, ac.signal), { name: 'AbortError' });
    assert.equal(outbox.length, 0);
  });

  it('stops mid-run when aborted and reports the abort', async () => {
    const ac = new AbortController();
    const run = sendReminders(bee, quilters, fakeSend, ac.signal, 50);
    setTimeout(() => ac.abort(), 20);
    await assert.rejects(run, { name: 'AbortError' });
    assert.equal(outbox.length, 1);
  });

  it('honours an overall deadline', async () => {
    const signal = AbortSignal.timeout(30);
    await assert.rejects(sendReminders(bee, quilters, fakeSend, signal, 100), (err: Error) => {
      assert.equal(err.name, 'AbortError');
      assert.equal((err.cause as Error | undefined)?.name, 'TimeoutError');
      return true;
    });
  });
});
