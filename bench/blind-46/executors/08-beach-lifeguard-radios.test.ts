// expect: no-multiple-settle
// nextTransmission uses an async executor; if tune() rejects before the listeners are attached the promise never settles.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Transmission {
  tower: string;
  channel: number;
  codeWord: 'ALL-CLEAR' | 'SWIMMER-IN-DISTRESS' | 'SHARK-SIGHTING' | 'RIP-CURRENT';
  receivedAt: number;
}

class FakeRadio extends EventEmitter {
  tunedTo: number | undefined;
  readonly allowed = new Set([16, 68, 72]);

  async tune(channel: number): Promise<void> {
    await new Promise<void>((r) => setImmediate(r));
    if (!this.allowed.has(channel)) throw new Error(`channel ${channel} not licensed for beach patrol`);
    this.tunedTo = channel;
  }

  broadcast(tower: string, codeWord: Transmission['codeWord']): void {
    if (this.tunedTo === undefined) return;
    this.emit('transmission', { tower, channel: this.tunedTo, codeWord, receivedAt: Date.now() });
  }

  jam(): void {
    this.emit('error', new Error('carrier lost'));
  }
}

function nextTransmission(radio: FakeRadio, channel: number, timeoutMs = 1_000): Promise<Transmission> {
  return new Promise<Transmission>(async (resolve, reject) => {
    await radio.tune(channel);
    const timer = setTimeout(() => {
      radio.off('transmission', onMessage);
      radio.off('error', onError);
      reject(new Error(`nothing heard on channel ${channel}`));
    }, timeoutMs);
    const onMessage = (msg: Transmission) => {
      clearTimeout(timer);
      radio.off('error', onError);
      resolve(msg);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      radio.off('transmission', onMessage);
      reject(err);
    };
    radio.once('transmission', onMessage);
    radio.once('error', onError);
  });
}

let radio: FakeRadio;

beforeEach(() => {
  radio = new FakeRadio();
});

afterEach(() => {
  radio.removeAllListeners();
});

test('tower 3 distress call arrives on channel 16', async () => {
  const heard = nextTransmission(radio, 16);
  setTimeout(() => radio.broadcast('tower-3', 'SWIMMER-IN-DISTRESS'), 5);
  const msg = await heard;
  assert.equal(msg.codeWord, 'SWIMMER-IN-DISTRESS');
  assert.equal(msg.channel, 16);
});

test('carrier loss is reported to the listener', async () => {
  const heard = nextTransmission(radio, 68);
  setTimeout(() => radio.jam(), 5);
  await assert.rejects(heard, /carrier lost/);
});

test('silence times out', async () => {
  await assert.rejects(nextTransmission(radio, 72, 20), /nothing heard/);
});

test('rip current warnings carry the tower id', async () => {
  const heard = nextTransmission(radio, 72);
  setTimeout(() => radio.broadcast('tower-7', 'RIP-CURRENT'), 5);
  const msg = await heard;
  assert.deepEqual({ tower: msg.tower, codeWord: msg.codeWord }, { tower: 'tower-7', codeWord: 'RIP-CURRENT' });
});
