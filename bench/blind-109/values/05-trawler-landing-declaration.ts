// expect: no-read-before-settle
// declarationHeader assigns `vesselName` and `port` inside the registry's Node-style callback, which runs later, and reads them immediately, so every declaration header goes out as "UNKNOWN VESSEL" from "UNKNOWN PORT".
import { EventEmitter } from 'node:events';

export interface VesselRecord {
  cfr: string;
  name: string;
  homePort: string;
  lengthM: number;
}

export interface FleetRegister {
  lookup(cfr: string, callback: (err: Error | null, vessel?: VesselRecord) => void): void;
}

export interface LandedBox {
  species: string;
  presentation: 'WHL' | 'GUT' | 'FIL';
  kg: number;
}

export interface Declaration {
  header: string;
  lines: string[];
  totalKg: number;
}

const PRESENTATION_FACTOR: Record<LandedBox['presentation'], number> = { WHL: 1, GUT: 1.18, FIL: 2.8 };

export class LandingDeclarations extends EventEmitter {
  constructor(private readonly register: FleetRegister) {
    super();
  }

  declarationHeader(cfr: string, landedAt: Date): string {
    let vesselName = 'UNKNOWN VESSEL';
    let port = 'UNKNOWN PORT';
    this.register.lookup(cfr, (err, vessel) => {
      if (err || !vessel) {
        this.emit('warning', `fleet register lookup failed for ${cfr}`);
        return;
      }
      vesselName = vessel.name.toUpperCase();
      port = vessel.homePort.toUpperCase();
    });
    return `LANDING DECLARATION ${cfr} ${vesselName} ${port} ${landedAt.toISOString().slice(0, 16)}Z`;
  }

  build(cfr: string, landedAt: Date, boxes: LandedBox[]): Declaration {
    const bySpecies = new Map<string, number>();
    for (const box of boxes) {
      const liveWeight = box.kg * PRESENTATION_FACTOR[box.presentation];
      bySpecies.set(box.species, (bySpecies.get(box.species) ?? 0) + liveWeight);
    }
    const lines = [...bySpecies]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([species, kg]) => `${species.padEnd(4)} ${kg.toFixed(1).padStart(9)} KG LIVE`);
    const totalKg = Math.round([...bySpecies.values()].reduce((sum, kg) => sum + kg, 0) * 10) / 10;
    return { header: this.declarationHeader(cfr, landedAt), lines, totalKg };
  }
}

export function renderDeclaration(decl: Declaration): string {
  return [decl.header, ...decl.lines, `TOTAL ${decl.totalKg.toFixed(1)} KG`].join('\n');
}
