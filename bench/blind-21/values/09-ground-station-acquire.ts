// expect: none
// peakSnrDb is updated by the 'snr' listener but only read after awaiting the lock event (or its abort), when samples have arrived.
import { EventEmitter, once } from 'node:events';

export interface PassWindow {
  noradId: number;
  satellite: string;
  aosAzimuthDeg: number;
  aosElevationDeg: number;
  maxAcquireMs: number;
}

export interface AcquisitionReport {
  satellite: string;
  locked: boolean;
  lockedAt?: Date;
  peakSnrDb: number;
  snrSamples: number;
  elapsedMs: number;
}

export interface Antenna extends EventEmitter {
  point(azimuthDeg: number, elevationDeg: number): void;
  stow(): void;
}

const MIN_USABLE_SNR_DB = 6;

export async function acquireSignal(antenna: Antenna, pass: PassWindow, outerSignal?: AbortSignal): Promise<AcquisitionReport> {
  const started = Date.now();
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new Error('acquisition timed out')), pass.maxAcquireMs);
  const relayAbort = () => ac.abort(outerSignal?.reason);
  outerSignal?.addEventListener('abort', relayAbort, { once: true });

  let peakSnrDb = -Infinity;
  let snrSamples = 0;
  const onSnr = (snrDb: number) => {
    snrSamples++;
    if (snrDb > peakSnrDb) peakSnrDb = snrDb;
  };
  antenna.on('snr', onSnr);

  try {
    antenna.point(pass.aosAzimuthDeg, pass.aosElevationDeg);
    const [lockedAt] = (await once(antenna, 'carrier-lock', { signal: ac.signal })) as [Date];
    return {
      satellite: pass.satellite,
      locked: peakSnrDb >= MIN_USABLE_SNR_DB,
      lockedAt,
      peakSnrDb,
      snrSamples,
      elapsedMs: Date.now() - started,
    };
  } catch (err) {
    if (!ac.signal.aborted) throw err;
    if (outerSignal?.aborted) antenna.stow();
    return {
      satellite: pass.satellite,
      locked: false,
      peakSnrDb,
      snrSamples,
      elapsedMs: Date.now() - started,
    };
  } finally {
    clearTimeout(timer);
    antenna.off('snr', onSnr);
    outerSignal?.removeEventListener('abort', relayAbort);
  }
}
