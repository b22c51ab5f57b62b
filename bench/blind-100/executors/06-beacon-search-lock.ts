// expect: none
// The withResolvers deferred is settled only through lock() and fail(), which both check the settled flag, clear the timer and remove the 'pulse' and 'error' listeners, so repeated pulses after the lock cannot settle it again.
import { EventEmitter } from 'node:events';

export interface BeaconPulse {
  transmitterId: string;
  distanceM: number;
  bearingDeg: number;
  markers: number;
}

export interface SearchLock {
  transmitterId: string;
  distanceM: number;
  bearingDeg: number;
  lockedAfterMs: number;
}

export interface Receiver extends EventEmitter {
  mode: 'search' | 'transmit';
}

export function acquireFineLock(receiver: Receiver, thresholdM: number, giveUpMs: number): Promise<SearchLock> {
  const { promise, resolve, reject } = Promise.withResolvers<SearchLock>();
  const startedAt = Date.now();
  const recent: BeaconPulse[] = [];
  let settled = false;

  const detach = () => {
    clearTimeout(timer);
    receiver.off('pulse', onPulse);
    receiver.off('error', onError);
  };

  const lock = (pulse: BeaconPulse) => {
    if (settled) return;
    settled = true;
    detach();
    resolve({
      transmitterId: pulse.transmitterId,
      distanceM: pulse.distanceM,
      bearingDeg: pulse.bearingDeg,
      lockedAfterMs: Date.now() - startedAt,
    });
  };

  const fail = (err: Error) => {
    if (settled) return;
    settled = true;
    detach();
    reject(err);
  };

  function onPulse(pulse: BeaconPulse): void {
    recent.push(pulse);
    if (recent.length > 3) recent.shift();
    const stable = recent.length === 3 && recent.every((p) => p.transmitterId === pulse.transmitterId);
    if (stable && pulse.distanceM <= thresholdM) lock(pulse);
  }

  function onError(err: Error): void {
    fail(err);
  }

  const timer = setTimeout(() => fail(new Error(`no stable signal under ${thresholdM}m after ${giveUpMs}ms`)), giveUpMs);

  if (receiver.mode !== 'search') {
    fail(new Error('receiver is transmitting; switch to search before probing'));
  } else {
    receiver.on('pulse', onPulse);
    receiver.on('error', onError);
  }

  return promise;
}
