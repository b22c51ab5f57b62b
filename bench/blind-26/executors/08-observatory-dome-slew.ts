// expect: none
// The awaits happen before the synchronous executor; inside it, position/fault/timeout/abort all route through done(), which detaches everything.
import type { EventEmitter } from 'node:events';

export interface DomeController extends EventEmitter {
  readonly siteId: string;
  slewTo(azimuthDeg: number): void;
  stop(): void;
}

interface SiteLimits {
  minAzimuth: number;
  maxAzimuth: number;
  toleranceDeg: number;
  maxSlewSeconds: number;
}

declare function loadSiteLimits(siteId: string): Promise<SiteLimits>;
declare function windSpeedKnots(siteId: string): Promise<number>;

const MAX_WIND_KNOTS = 35;

function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

export async function slewDome(dome: DomeController, azimuth: number, signal?: AbortSignal): Promise<number> {
  const [limits, wind] = await Promise.all([loadSiteLimits(dome.siteId), windSpeedKnots(dome.siteId)]);

  if (wind > MAX_WIND_KNOTS) {
    throw new Error(`wind ${wind}kn exceeds dome limit at ${dome.siteId}`);
  }
  if (azimuth < limits.minAzimuth || azimuth > limits.maxAzimuth) {
    throw new RangeError(`azimuth ${azimuth} outside ${limits.minAzimuth}..${limits.maxAzimuth}`);
  }
  signal?.throwIfAborted();

  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      done(new Error(`dome did not reach ${azimuth}° within ${limits.maxSlewSeconds}s`));
      dome.stop();
    }, limits.maxSlewSeconds * 1000);

    const onPosition = (current: number) => {
      if (angularDistance(current, azimuth) <= limits.toleranceDeg) done(null, current);
    };
    const onFault = (err: Error) => done(err);
    const onAbort = () => {
      done(signal?.reason ?? new Error('slew aborted'));
      dome.stop();
    };

    function done(err: unknown, reached?: number) {
      clearTimeout(timer);
      dome.off('position', onPosition);
      dome.off('fault', onFault);
      signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(reached as number);
    }

    dome.on('position', onPosition);
    dome.on('fault', onFault);
    signal?.addEventListener('abort', onAbort, { once: true });
    dome.slewTo(azimuth);
  });
}

export async function trackTarget(dome: DomeController, azimuths: number[], signal: AbortSignal) {
  const reached: number[] = [];
  for (const az of azimuths) {
    reached.push(await slewDome(dome, az, signal));
  }
  return reached;
}
