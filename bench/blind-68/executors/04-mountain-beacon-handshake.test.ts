// expect: none
// Correct: the handshake executor settles from exactly one of 'hello', 'error' or 'close', and each handler detaches all three before settling.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Hello {
  beaconId: string;
  firmware: string;
  batteryPct: number;
  gpsFix: boolean;
}

class FakeBeacon extends EventEmitter {
  public pings = 0;

  constructor(public readonly beaconId: string) {
    super();
  }

  ping(): void {
    this.pings += 1;
  }
}

function handshake(beacon: FakeBeacon): Promise<Hello> {
  return new Promise<Hello>((resolve, reject) => {
    const detach = () => {
      beacon.off('hello', onHello);
      beacon.off('error', onError);
      beacon.off('close', onClose);
    };
    const onHello = (hello: Hello) => {
      detach();
      if (hello.beaconId !== beacon.beaconId) {
        reject(new Error(`expected ${beacon.beaconId}, got ${hello.beaconId}`));
      } else {
        resolve(hello);
      }
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const onClose = () => {
      detach();
      reject(new Error(`beacon ${beacon.beaconId} closed before hello`));
    };
    beacon.on('hello', onHello);
    beacon.on('error', onError);
    beacon.on('close', onClose);
    beacon.ping();
  });
}

describe('rescue beacon handshake', () => {
  let beacon: FakeBeacon;

  beforeEach(() => {
    beacon = new FakeBeacon('MRB-0417');
  });

  it('resolves with the hello frame', async () => {
    setImmediate(() => beacon.emit('hello', { beaconId: 'MRB-0417', firmware: '3.2.1', batteryPct: 81, gpsFix: true }));
    const hello = await handshake(beacon);
    assert.equal(hello.firmware, '3.2.1');
    assert.equal(beacon.pings, 1);
  });

  it('rejects when a different beacon answers on the channel', async () => {
    setImmediate(() => beacon.emit('hello', { beaconId: 'MRB-0999', firmware: '3.0.0', batteryPct: 12, gpsFix: false }));
    await assert.rejects(handshake(beacon), /expected MRB-0417/);
  });

  it('rejects on radio error and leaves no listeners behind', async () => {
    setImmediate(() => beacon.emit('error', new Error('CRC mismatch')));
    await assert.rejects(handshake(beacon), /CRC mismatch/);
    assert.equal(beacon.listenerCount('hello'), 0);
    assert.equal(beacon.listenerCount('close'), 0);
  });

  it('rejects if the link drops before hello', async () => {
    setImmediate(() => beacon.emit('close'));
    await assert.rejects(handshake(beacon), /closed before hello/);
  });

  it('ignores a late hello after the link closed', async () => {
    setImmediate(() => {
      beacon.emit('close');
      beacon.emit('hello', { beaconId: 'MRB-0417', firmware: '3.2.1', batteryPct: 80, gpsFix: true });
    });
    await assert.rejects(handshake(beacon), /closed before hello/);
    assert.equal(beacon.listenerCount('error'), 0);
  });
});
