// expect: none
// Every way out of the ack wait (matching ack, channel error, timeout) clears the timer and detaches both listeners before settling, so the promise settles exactly once.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Ack {
  teamId: string;
  incidentId: string;
  etaMinutes: number;
}

class RadioChannel extends EventEmitter {
  page(teamId: string, incidentId: string): void {
    this.emit('paged', teamId, incidentId);
  }
}

class CalloutAckTracker {
  constructor(private readonly channel: RadioChannel) {}

  waitForAck(teamId: string, incidentId: string, timeoutMs: number): Promise<Ack> {
    return new Promise<Ack>((resolve, reject) => {
      const onAck = (ack: Ack) => {
        if (ack.teamId !== teamId || ack.incidentId !== incidentId) return;
        cleanup();
        resolve(ack);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Team ${teamId} did not acknowledge ${incidentId} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.channel.off('ack', onAck);
        this.channel.off('error', onError);
      };

      this.channel.on('ack', onAck);
      this.channel.on('error', onError);
      this.channel.page(teamId, incidentId);
    });
  }
}

describe('CalloutAckTracker', () => {
  let channel: RadioChannel;
  let tracker: CalloutAckTracker;

  before(() => {
    channel = new RadioChannel();
    tracker = new CalloutAckTracker(channel);
    channel.on('paged', (teamId: string, incidentId: string) => {
      if (teamId === 'MRT-Keswick') {
        setImmediate(() => channel.emit('ack', { teamId, incidentId, etaMinutes: 25 }));
      }
    });
  });

  after(() => {
    channel.removeAllListeners();
  });

  test('resolves with the acknowledgement from the paged team', async () => {
    const ack = await tracker.waitForAck('MRT-Keswick', 'INC-0441', 1000);
    assert.equal(ack.etaMinutes, 25);
    assert.equal(channel.listenerCount('ack'), 0);
  });

  test('rejects when the team stays silent', async () => {
    await assert.rejects(
      tracker.waitForAck('MRT-Borrowdale', 'INC-0442', 30),
      /did not acknowledge INC-0442/,
    );
    assert.equal(channel.listenerCount('ack'), 0);
    assert.equal(channel.listenerCount('error'), 0);
  });

  test('rejects when the radio channel fails', async () => {
    const waiting = tracker.waitForAck('MRT-Wasdale', 'INC-0443', 5000);
    channel.emit('error', new Error('repeater offline'));
    await assert.rejects(waiting, /repeater offline/);
    assert.equal(channel.listenerCount('error'), 0);
  });

  test('ignores acknowledgements for other incidents', async () => {
    const waiting = tracker.waitForAck('MRT-Patterdale', 'INC-0444', 200);
    channel.emit('ack', { teamId: 'MRT-Patterdale', incidentId: 'INC-0400', etaMinutes: 10 });
    channel.emit('ack', { teamId: 'MRT-Patterdale', incidentId: 'INC-0444', etaMinutes: 40 });
    const ack = await waiting;
    assert.equal(ack.etaMinutes, 40);
  });
});
