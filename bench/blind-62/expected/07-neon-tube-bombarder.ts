// expect: no-uncalled-async-function
// processTube awaits this.flushGasLog (the method, not a call), so the pending gas-fill entries are never written before the tube is sealed
export interface GlassTube {
  tubeId: string;
  diameterMm: number;
  lengthCm: number;
  gas: "neon" | "argon-mercury" | "krypton";
  phosphor?: string;
}

interface GasFillEntry {
  tubeId: string;
  pressureTorr: number;
  filledAt: Date;
}

declare const bombarder: {
  heat(tubeId: string, targetC: number): Promise<number>;
  evacuate(tubeId: string, microns: number): Promise<void>;
};
declare const manifold: {
  fill(tubeId: string, gas: GlassTube["gas"], torr: number): Promise<number>;
  tipOff(tubeId: string): Promise<void>;
};
declare const shopLedger: {
  appendGasFills(entries: GasFillEntry[]): Promise<void>;
};

const FILL_TORR: Record<GlassTube["gas"], (diameterMm: number) => number> = {
  neon: (d) => (d <= 10 ? 12 : 9),
  "argon-mercury": (d) => (d <= 10 ? 10 : 8),
  krypton: () => 6,
};

export class BombardingStation {
  private pendingFills: GasFillEntry[] = [];
  private processed = 0;

  private async flushGasLog(): Promise<void> {
    if (this.pendingFills.length === 0) return;
    const batch = this.pendingFills;
    this.pendingFills = [];
    try {
      await shopLedger.appendGasFills(batch);
    } catch (err) {
      this.pendingFills.unshift(...batch);
      throw err;
    }
  }

  private targetTempC(tube: GlassTube): number {
    return tube.phosphor ? 250 : 230;
  }

  async processTube(tube: GlassTube): Promise<{ tubeId: string; torr: number }> {
    const reached = await bombarder.heat(tube.tubeId, this.targetTempC(tube));
    if (reached < this.targetTempC(tube) - 15) {
      throw new Error(`tube ${tube.tubeId} only reached ${reached}C; impurities will remain`);
    }
    await bombarder.evacuate(tube.tubeId, 15);

    const wanted = FILL_TORR[tube.gas](tube.diameterMm);
    const torr = await manifold.fill(tube.tubeId, tube.gas, wanted);
    this.pendingFills.push({ tubeId: tube.tubeId, pressureTorr: torr, filledAt: new Date() });

    await this.flushGasLog;
    await manifold.tipOff(tube.tubeId);
    this.processed++;
    return { tubeId: tube.tubeId, torr };
  }

  async processSign(tubes: GlassTube[]): Promise<number> {
    const ordered = [...tubes].sort((a, b) => b.lengthCm - a.lengthCm);
    for (const tube of ordered) {
      await this.processTube(tube);
    }
    return this.processed;
  }
}
