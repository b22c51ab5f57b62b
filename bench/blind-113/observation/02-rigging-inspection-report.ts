// expect: none
// Both inspection requests are started together and joined with Promise.all before anything else is awaited, so a rejection from either one is always observed.
export interface MastRecord {
  tentId: string;
  mastId: string;
  heightM: number;
  lastLoadTestAt: string;
  inspector: string;
}

export interface ShackleRecord {
  shackleId: string;
  mastId: string;
  wllTonnes: number;
  certifiedUntil: string;
}

export interface MastReport {
  masts: MastRecord[];
  shackles: ShackleRecord[];
  overdue: string[];
}

export class RiggingRegistryClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async getJson<T>(path: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`rigging registry ${path} -> HTTP ${res.status}`);
    return (await res.json()) as T;
  }

  async loadMastReport(tentId: string): Promise<MastReport> {
    const [masts, shackles] = await Promise.all([
      this.getJson<MastRecord[]>(`/tents/${encodeURIComponent(tentId)}/masts`),
      this.getJson<ShackleRecord[]>(`/tents/${encodeURIComponent(tentId)}/shackles`),
    ]);
    const overdue = await this.findOverdueLoadTests(masts);

    return {
      masts: masts.sort((a, b) => b.heightM - a.heightM),
      shackles: shackles.filter((s) => masts.some((m) => m.mastId === s.mastId)),
      overdue,
    };
  }

  private async findOverdueLoadTests(masts: MastRecord[]): Promise<string[]> {
    if (masts.length === 0) return [];
    const policy = await this.getJson<{ maxDaysBetweenTests: number }>('/policy/load-tests');
    const cutoff = Date.now() - policy.maxDaysBetweenTests * 86_400_000;
    return masts.filter((m) => Date.parse(m.lastLoadTestAt) < cutoff).map((m) => m.mastId);
  }
}

export function expiredShackles(shackles: ShackleRecord[], on: Date = new Date()): ShackleRecord[] {
  return shackles.filter((s) => Date.parse(s.certifiedUntil) < on.getTime());
}
