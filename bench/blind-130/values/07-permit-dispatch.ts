// expect: no-promise-as-value
// The diver profile lookup is not awaited, so the harbour-master payload carries a promise in its diver field and JSON.stringify serialises it as an empty object.
export interface WreckSite {
  wreckId: string;
  name: string;
  depthM: number;
  protected: boolean;
}

export interface DiverProfile {
  diverId: string;
  name: string;
  certification: 'OW' | 'AOW' | 'Rescue' | 'Tec40' | 'Tec50';
  deepestLoggedM: number;
}

export interface DiveSlot {
  slotId: string;
  start: string;
  end: string;
}

export interface WreckRegistry {
  getSite(wreckId: string): Promise<WreckSite>;
  nextSlot(wreckId: string, date: string): Promise<DiveSlot>;
}

export interface DiverDirectory {
  lookup(diverId: string): Promise<DiverProfile>;
}

export interface PermitIssued {
  permitId: string;
  slot: DiveSlot;
}

export class PermitDispatcher {
  private sequence = 0;

  constructor(
    private readonly wrecks: WreckRegistry,
    private readonly divers: DiverDirectory,
    private readonly harbourMasterUrl: string,
  ) {}

  async issue(wreckId: string, diverId: string, date: string): Promise<PermitIssued> {
    const [site, slot] = await Promise.all([this.wrecks.getSite(wreckId), this.wrecks.nextSlot(wreckId, date)]);
    if (site.protected) {
      throw new Error(`${site.name} is a protected wreck; permits are issued by the heritage office`);
    }

    const diver = this.divers.lookup(diverId);
    const permitId = `SWP-${date.replaceAll('-', '')}-${String(++this.sequence).padStart(4, '0')}`;

    const res = await fetch(this.harbourMasterUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        permitId,
        wreck: { id: site.wreckId, name: site.name, depthM: site.depthM },
        diver,
        slot,
      }),
    });
    if (!res.ok) {
      throw new Error(`harbour master rejected permit ${permitId}: ${res.status}`);
    }
    return { permitId, slot };
  }
}

export function requiredCertification(depthM: number): DiverProfile['certification'] {
  if (depthM <= 18) return 'OW';
  if (depthM <= 30) return 'AOW';
  if (depthM <= 40) return 'Tec40';
  return 'Tec50';
}
