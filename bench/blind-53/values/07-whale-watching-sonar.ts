// expect: none
// lastPing is written by a 'ping' listener registered in the constructor and read only after awaiting once(transducer, 'ping'), by which point that earlier listener has already run.
import { EventEmitter, once } from 'node:events';

export interface Ping {
  bearingDeg: number;
  rangeM: number;
  echoDb: number;
  dopplerHz: number;
}

export interface Sighting {
  bearingDeg: number;
  rangeM: number;
  closingKnots: number;
  likelySpecies: 'humpback' | 'fin' | 'minke' | 'dolphin pod';
}

declare const bridgeRadio: {
  announce(text: string): Promise<void>;
};

const SOUND_SPEED_MPS = 1500;
const SONAR_FREQ_HZ = 50_000;

function classify(p: Ping): Sighting['likelySpecies'] {
  // strong, broad echoes are large baleen whales; weak scattered returns are usually dolphins
  if (p.echoDb > 42) return 'fin';
  if (p.echoDb > 36) return 'humpback';
  if (p.echoDb > 28) return 'minke';
  return 'dolphin pod';
}

export class SonarWatch {
  private lastPing: Ping | null = null;
  private pings = 0;

  constructor(private readonly transducer: EventEmitter, private readonly minEchoDb = 24) {
    transducer.on('ping', (p: Ping) => {
      this.pings += 1;
      if (p.echoDb >= this.minEchoDb) this.lastPing = p;
    });
  }

  async nextSighting(): Promise<Sighting | null> {
    await once(this.transducer, 'ping');
    const ping = this.lastPing;
    this.lastPing = null;
    if (!ping) return null;
    const closingMps = (ping.dopplerHz * SOUND_SPEED_MPS) / (2 * SONAR_FREQ_HZ);
    return {
      bearingDeg: ping.bearingDeg,
      rangeM: ping.rangeM,
      closingKnots: closingMps * 1.944,
      likelySpecies: classify(ping),
    };
  }

  get pingCount(): number {
    return this.pings;
  }
}

export async function watchForWhales(watch: SonarWatch, maxPings: number): Promise<Sighting[]> {
  const sightings: Sighting[] = [];
  for (let i = 0; i < maxPings; i++) {
    const s = await watch.nextSighting();
    if (!s) continue;
    sightings.push(s);
    if (s.rangeM < 300 && s.closingKnots > 2) {
      await bridgeRadio.announce(`${s.likelySpecies} closing at ${s.closingKnots.toFixed(1)}kn, bearing ${s.bearingDeg}`);
    }
  }
  return sightings;
}
