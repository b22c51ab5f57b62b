// expect: no-leaked-race
// The timeout raced against the probe read is never cleared, so every successful read leaves a live timer that later aborts a finished controller and rejects into the already-settled race.
export interface ProbeReading {
  rh: number;
  celsius: number;
  dewPointC: number;
}

export interface VaultProbe {
  read(vaultId: string, options: { signal: AbortSignal }): Promise<ProbeReading>;
}

export interface VaultStatus {
  vaultId: string;
  reading: ProbeReading | null;
  error?: string;
}

export class VaultProbeReader {
  constructor(
    private readonly probe: VaultProbe,
    private readonly timeoutMs = 4_000,
  ) {}

  async readVault(vaultId: string): Promise<ProbeReading> {
    const controller = new AbortController();
    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => {
        const err = new Error(`probe in ${vaultId} did not answer within ${this.timeoutMs}ms`);
        reject(err);
        controller.abort(err);
      }, this.timeoutMs);
    });
    const reading = await Promise.race([this.probe.read(vaultId, { signal: controller.signal }), timeout]);
    if (reading.rh < 0 || reading.rh > 100) {
      throw new RangeError(`probe in ${vaultId} returned impossible RH ${reading.rh}`);
    }
    return reading;
  }

  /** Vault probes share one RS-485 bus, so they are polled in turn. */
  async sweep(vaultIds: string[]): Promise<VaultStatus[]> {
    const statuses: VaultStatus[] = [];
    for (const vaultId of vaultIds) {
      try {
        statuses.push({ vaultId, reading: await this.readVault(vaultId) });
      } catch (err) {
        statuses.push({ vaultId, reading: null, error: err instanceof Error ? err.message : String(err) });
      }
    }
    return statuses;
  }

  static condensationRisk(r: ProbeReading, wallC: number): boolean {
    return wallC - r.dewPointC < 2;
  }
}
