// expect: none
// Each pending swap deferred is removed from the map and its timer cleared before it is settled, so replies, timeouts and shutdown each settle it at most once.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface SwapReply {
  swapId: string;
  accepted: boolean;
  note?: string;
}

interface PendingSwap {
  resolve: (reply: SwapReply) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

class SwapCoordinator {
  private readonly pending = new Map<string, PendingSwap>();

  constructor(
    private readonly channel: EventEmitter,
    private readonly replyTimeoutMs: number,
  ) {
    channel.on('reply', (reply: SwapReply) => this.handleReply(reply));
  }

  proposeSwap(swapId: string, fromMember: string, toMember: string, blockPattern: string): Promise<SwapReply> {
    const { promise, resolve, reject } = Promise.withResolvers<SwapReply>();
    const timer = setTimeout(() => {
      this.pending.delete(swapId);
      reject(new Error(`no reply for swap ${swapId}`));
    }, this.replyTimeoutMs);
    this.pending.set(swapId, { resolve, reject, timer });
    this.channel.emit('propose', { swapId, fromMember, toMember, blockPattern });
    return promise;
  }

  private handleReply(reply: SwapReply): void {
    const entry = this.pending.get(reply.swapId);
    if (!entry) return;
    this.pending.delete(reply.swapId);
    clearTimeout(entry.timer);
    entry.resolve(reply);
  }

  shutdown(): void {
    for (const [swapId, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`coordinator shut down before swap ${swapId} was answered`));
    }
    this.pending.clear();
  }

  get outstanding(): number {
    return this.pending.size;
  }
}

describe('SwapCoordinator', () => {
  let channel: EventEmitter;
  let coordinator: SwapCoordinator;

  before(() => {
    channel = new EventEmitter();
    coordinator = new SwapCoordinator(channel, 50);
  });

  after(() => {
    coordinator.shutdown();
  });

  test('resolves when the partner accepts', async () => {
    channel.once('propose', (msg: { swapId: string }) => {
      setImmediate(() => channel.emit('reply', { swapId: msg.swapId, accepted: true }));
    });
    const reply = await coordinator.proposeSwap('Q-101', 'maude', 'ines', 'log cabin');
    assert.equal(reply.accepted, true);
    assert.equal(coordinator.outstanding, 0);
  });

  test('ignores a duplicate reply after the swap settled', async () => {
    channel.once('propose', (msg: { swapId: string }) => {
      setImmediate(() => {
        channel.emit('reply', { swapId: msg.swapId, accepted: false, note: 'already have one' });
        channel.emit('reply', { swapId: msg.swapId, accepted: true });
      });
    });
    const reply = await coordinator.proposeSwap('Q-102', 'ines', 'dot', 'flying geese');
    assert.equal(reply.accepted, false);
    assert.equal(reply.note, 'already have one');
  });

  test('rejects when nobody answers in time', async () => {
    await assert.rejects(coordinator.proposeSwap('Q-103', 'dot', 'maude', 'drunkard path'), /no reply for swap Q-103/);
    assert.equal(coordinator.outstanding, 0);
  });
});
