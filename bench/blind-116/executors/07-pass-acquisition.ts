// expect: none
// The withResolvers deferred for acquisition of signal is settled through a single finish() helper that clears the LOS timer, removes the modem listeners and the abort listener, and ignores anything after the first outcome.
import { EventEmitter } from 'node:events';

export interface PassWindow {
  satellite: string;
  noradId: number;
  aos: Date; // acquisition of signal
  los: Date; // loss of signal
  maxElevationDeg: number;
}

export interface CarrierLock {
  noradId: number;
  snrDb: number;
  dopplerHz: number;
  lockedAt: Date;
}

export class ModemEvents extends EventEmitter {}

export class LockTimeoutError extends Error {
  constructor(readonly pass: PassWindow) {
    super(`no carrier lock on ${pass.satellite} before LOS ${pass.los.toISOString()}`);
    this.name = 'LockTimeoutError';
  }
}

export function waitForCarrierLock(
  modem: ModemEvents,
  pass: PassWindow,
  signal?: AbortSignal,
): Promise<CarrierLock> {
  const { promise, resolve, reject } = Promise.withResolvers<CarrierLock>();
  let done = false;

  const finish = (outcome: { lock: CarrierLock } | { error: unknown }) => {
    if (done) return;
    done = true;
    clearTimeout(losTimer);
    modem.off('lock', onLock);
    modem.off('fault', onFault);
    signal?.removeEventListener('abort', onAbort);
    if ('lock' in outcome) resolve(outcome.lock);
    else reject(outcome.error);
  };

  const onLock = (lock: CarrierLock) => {
    if (lock.noradId === pass.noradId && lock.snrDb >= 3) finish({ lock });
  };
  const onFault = (err: Error) => finish({ error: err });
  const onAbort = () => finish({ error: signal?.reason });

  const msUntilLos = Math.max(0, pass.los.getTime() - Date.now());
  const losTimer = setTimeout(() => finish({ error: new LockTimeoutError(pass) }), msUntilLos);

  modem.on('lock', onLock);
  modem.on('fault', onFault);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });

  return promise;
}

export function passQuality(pass: PassWindow): 'poor' | 'fair' | 'good' {
  if (pass.maxElevationDeg < 15) return 'poor';
  if (pass.maxElevationDeg < 45) return 'fair';
  return 'good';
}
