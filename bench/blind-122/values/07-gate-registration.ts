// expect: no-read-before-settle
// firmware is assigned inside the readInfo node-style callback but compared and returned immediately after the call, before the callback has run, so every gate looks outdated.
export interface GateInfo {
  firmware: string;
  antennaCount: number;
  lastService: string;
}

export interface RfidGateDevice {
  id: string;
  lift: string;
  readInfo(cb: (err: Error | null, info?: GateInfo) => void): void;
  setMode(mode: 'normal' | 'maintenance'): void;
}

export interface GateSummary {
  gateId: string;
  lift: string;
  firmware: string;
  needsUpdate: boolean;
}

const MIN_FIRMWARE = '3.8.0';

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return 0;
}

export class GateRegistry {
  private readonly gates = new Map<string, RfidGateDevice>();
  private readonly firmwareById = new Map<string, string>();

  register(gate: RfidGateDevice): GateSummary {
    this.gates.set(gate.id, gate);

    let firmware = '0.0.0';
    gate.readInfo((err, info) => {
      if (err || !info) return;
      firmware = info.firmware;
      this.firmwareById.set(gate.id, info.firmware);
    });

    const needsUpdate = compareVersions(firmware, MIN_FIRMWARE) < 0;
    if (needsUpdate) {
      gate.setMode('maintenance');
    }
    return { gateId: gate.id, lift: gate.lift, firmware, needsUpdate };
  }

  gatesOnLift(lift: string): RfidGateDevice[] {
    return [...this.gates.values()].filter((g) => g.lift === lift);
  }

  knownFirmware(gateId: string): string | undefined {
    return this.firmwareById.get(gateId);
  }
}
