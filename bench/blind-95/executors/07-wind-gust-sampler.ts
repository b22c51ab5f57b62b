// expect: none
// The 'data' handler removes all listeners before settling and the executor also handles 'error' and 'end', so repeated gust packets cannot resolve twice and a dropped anemometer stream still rejects.
import type { Readable } from 'node:stream';

export interface Gust {
  knots: number;
  bearing: number;
  at: number;
}

export interface SamplerOptions {
  minKnots: number;
  maxWaitPackets?: number;
}

function parsePacket(chunk: Buffer): Gust | null {
  // anemometer frames look like "$WIND,18.4,270*"
  const text = chunk.toString('ascii').trim();
  const match = /^\$WIND,(\d+(?:\.\d+)?),(\d{1,3})\*$/.exec(text);
  if (!match) return null;
  return { knots: Number(match[1]), bearing: Number(match[2]), at: Date.now() };
}

/**
 * Resolves with the first gust strong enough to lift the festival's big show kites.
 */
export function waitForLiftingGust(anemometer: Readable, opts: SamplerOptions): Promise<Gust> {
  const maxPackets = opts.maxWaitPackets ?? 600;

  return new Promise<Gust>((resolve, reject) => {
    let seen = 0;

    const detach = () => {
      anemometer.pause();
      anemometer.off('data', onData);
      anemometer.off('error', onError);
      anemometer.off('end', onEnd);
    };

    const onData = (chunk: Buffer) => {
      seen += 1;
      const gust = parsePacket(chunk);
      if (gust && gust.knots >= opts.minKnots) {
        detach();
        resolve(gust);
      } else if (seen >= maxPackets) {
        detach();
        reject(new Error(`no gust above ${opts.minKnots}kn in ${maxPackets} packets`));
      }
    };

    const onError = (err: Error) => {
      detach();
      reject(err);
    };

    const onEnd = () => {
      detach();
      reject(new Error('anemometer stream ended before a lifting gust arrived'));
    };

    anemometer.on('data', onData);
    anemometer.on('error', onError);
    anemometer.on('end', onEnd);
  });
}

export async function launchWhenWindy(anemometer: Readable, kite: string): Promise<string> {
  const gust = await waitForLiftingGust(anemometer, { minKnots: 12 });
  return `${kite} cleared for launch at ${gust.knots}kn from ${gust.bearing}°`;
}
