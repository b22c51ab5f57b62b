// expect: no-unobserved-promise
// All provenance lookups are started up front but awaited one at a time in a loop that also awaits flag writes, so a later lookup can reject while nothing is listening to it yet.
export interface SeedPacket {
  packetId: string;
  lotCode: string;
  species: string;
  donor: string;
}

interface Provenance {
  lotCode: string;
  collectedIn: string;
  wildCollected: boolean;
  quarantine: boolean;
}

interface ProvenanceRegistry {
  lookupProvenance(lotCode: string): Promise<Provenance>;
}

interface ExchangeFlags {
  raise(packetId: string, reason: string): Promise<void>;
}

export interface VerifiedPacket extends SeedPacket {
  collectedIn: string;
  label: string;
}

export class ProvenanceChecker {
  constructor(
    private readonly registry: ProvenanceRegistry,
    private readonly flags: ExchangeFlags,
    private readonly restrictedRegions: ReadonlySet<string> = new Set(['Galápagos', 'Socotra']),
  ) {}

  async verifyBatch(batch: SeedPacket[]): Promise<VerifiedPacket[]> {
    const lookups = batch.map((packet) => this.registry.lookupProvenance(packet.lotCode));
    const verified: VerifiedPacket[] = [];

    for (let i = 0; i < batch.length; i++) {
      const packet = batch[i]!;
      const provenance = await lookups[i]!;

      if (provenance.quarantine) {
        await this.flags.raise(packet.packetId, `lot ${packet.lotCode} is under quarantine`);
        continue;
      }
      if (provenance.wildCollected && this.restrictedRegions.has(provenance.collectedIn)) {
        await this.flags.raise(packet.packetId, `wild collection from ${provenance.collectedIn} needs a permit`);
        continue;
      }

      verified.push({
        ...packet,
        collectedIn: provenance.collectedIn,
        label: `${packet.species} — ${provenance.collectedIn}${provenance.wildCollected ? ' (wild)' : ''}, donated by ${packet.donor}`,
      });
    }

    return verified;
  }
}

export function groupByDonor(packets: VerifiedPacket[]): Map<string, VerifiedPacket[]> {
  const byDonor = new Map<string, VerifiedPacket[]>();
  for (const packet of packets) {
    const list = byDonor.get(packet.donor) ?? [];
    list.push(packet);
    byDonor.set(packet.donor, list);
  }
  return byDonor;
}
