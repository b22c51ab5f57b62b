// expect: none
// Correct: the withResolvers deferred clears its timer on ack and drops its listener on timeout, so each path settles exactly once.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface CueAck {
  cueId: string;
  displayId: string;
  latencyMs: number;
}

class SurtitleFeed extends EventEmitter {
  readonly sent: string[] = [];

  pushCue(cueId: string, text: string): void {
    this.sent.push(`${cueId}:${text}`);
  }
}

function nextAck(feed: SurtitleFeed, cueId: string, timeoutMs: number): Promise<CueAck> {
  const { promise, resolve, reject } = Promise.withResolvers<CueAck>();

  const onAck = (ack: CueAck): void => {
    if (ack.cueId !== cueId) return;
    clearTimeout(timer);
    feed.off('ack', onAck);
    resolve(ack);
  };

  const timer = setTimeout(() => {
    feed.off('ack', onAck);
    reject(new Error(`no ack for cue ${cueId} within ${timeoutMs}ms`));
  }, timeoutMs);

  feed.on('ack', onAck);
  return promise;
}

async function sendCue(feed: SurtitleFeed, cueId: string, text: string): Promise<CueAck> {
  const ack = nextAck(feed, cueId, 200);
  feed.pushCue(cueId, text);
  return await ack;
}

let feed: SurtitleFeed;

beforeEach(() => {
  feed = new SurtitleFeed();
});

test('resolves with the matching ack and ignores other cues', async () => {
  const pending = sendCue(feed, 'act2-17', 'Che gelida manina');
  feed.emit('ack', { cueId: 'act2-16', displayId: 'stalls-left', latencyMs: 12 });
  feed.emit('ack', { cueId: 'act2-17', displayId: 'stalls-left', latencyMs: 9 });

  const ack = await pending;
  assert.equal(ack.cueId, 'act2-17');
  assert.equal(ack.latencyMs, 9);
  assert.deepEqual(feed.sent, ['act2-17:Che gelida manina']);
  assert.equal(feed.listenerCount('ack'), 0);
});

test('rejects when the display never acknowledges', async () => {
  await assert.rejects(sendCue(feed, 'act3-02', 'Addio, dolce svegliare'), /no ack for cue act3-02/);
  assert.equal(feed.listenerCount('ack'), 0);
});

test('a late ack after timeout is ignored', async () => {
  await assert.rejects(nextAck(feed, 'act1-01', 20), /within 20ms/);
  feed.emit('ack', { cueId: 'act1-01', displayId: 'balcony', latencyMs: 400 });
  assert.equal(feed.listenerCount('ack'), 0);
});

test('several outstanding cues each get their own ack', async () => {
  const first = nextAck(feed, 'a', 200);
  const second = nextAck(feed, 'b', 200);
  feed.emit('ack', { cueId: 'b', displayId: 'pit', latencyMs: 3 });
  feed.emit('ack', { cueId: 'a', displayId: 'pit', latencyMs: 5 });

  const [a, b] = await Promise.all([first, second]);
  assert.equal(a.latencyMs, 5);
  assert.equal(b.latencyMs, 3);
});
