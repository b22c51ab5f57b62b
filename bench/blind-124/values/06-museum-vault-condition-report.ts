// expect: none
// All readings and the on-duty conservator are awaited before the report object is built, so JSON.stringify serialises real values rather than promises.
export interface VaultInstruments {
  relativeHumidity(vaultId: string): Promise<number>;
  temperature(vaultId: string): Promise<number>;
  lux(vaultId: string): Promise<number>;
}

export interface StaffRota {
  conservatorOnDuty(vaultId: string): Promise<{ name: string; phone: string }>;
}

export interface VaultProfile {
  vaultId: string;
  collection: 'textiles' | 'paper' | 'panel-paintings' | 'metals';
  rhBand: [number, number];
  maxLux: number;
}

export class ConditionReporter {
  constructor(
    private readonly instruments: VaultInstruments,
    private readonly rota: StaffRota,
    private readonly registryUrl: string,
  ) {}

  async submit(profile: VaultProfile, observedBy: string): Promise<string> {
    const { vaultId } = profile;
    const [rh, celsius, lux] = await Promise.all([
      this.instruments.relativeHumidity(vaultId),
      this.instruments.temperature(vaultId),
      this.instruments.lux(vaultId),
    ]);
    const [minRh, maxRh] = profile.rhBand;
    const flags: string[] = [];
    if (rh < minRh) flags.push('dry');
    if (rh > maxRh) flags.push('damp');
    if (lux > profile.maxLux) flags.push('overlit');
    // metals corrode quickly above 40% RH regardless of band
    if (profile.collection === 'metals' && rh > 40) flags.push('corrosion-risk');

    const report = {
      vaultId,
      collection: profile.collection,
      observedBy,
      observedAt: new Date().toISOString(),
      readings: { rh, celsius, lux },
      flags,
      escalateTo: flags.length > 0 ? await this.rota.conservatorOnDuty(vaultId) : null,
    };

    const res = await fetch(`${this.registryUrl}/vaults/${vaultId}/condition-reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    if (!res.ok) throw new Error(`condition registry rejected report for ${vaultId}: ${res.status}`);
    const { reportId } = (await res.json()) as { reportId: string };
    return reportId;
  }

  async submitAll(profiles: VaultProfile[], observedBy: string): Promise<string[]> {
    const ids: string[] = [];
    for (const p of profiles) ids.push(await this.submit(p, observedBy));
    return ids;
  }
}
