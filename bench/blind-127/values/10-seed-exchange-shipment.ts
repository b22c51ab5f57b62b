// expect: no-promise-as-value
// The async isPhytoCleared is used as a filter predicate, so every packet's pending promise counts as truthy and uncleared seeds are shipped anyway.
export interface SeedPacket {
  packetId: string;
  speciesId: string;
  genus: string;
  grams: number;
  treated: boolean;
}

interface ExchangeRequest {
  requestId: string;
  memberName: string;
  destinationCountry: string;
  speciesIds: string[];
}

interface RequestStore {
  get(requestId: string): Promise<ExchangeRequest>;
}

interface Inventory {
  packetsFor(speciesIds: string[]): Promise<SeedPacket[]>;
}

interface PhytosanitaryRules {
  rulesFor(country: string): Promise<{ prohibitedGenera: string[]; maxGramsPerPacket: number }>;
}

export interface Shipment {
  requestId: string;
  to: string;
  packets: SeedPacket[];
  totalGrams: number;
  customsNote: string;
}

export class ShipmentPreparer {
  constructor(
    private readonly requests: RequestStore,
    private readonly inventory: Inventory,
    private readonly phyto: PhytosanitaryRules,
  ) {}

  async prepare(requestId: string): Promise<Shipment> {
    const request = await this.requests.get(requestId);
    const packets = await this.inventory.packetsFor(request.speciesIds);

    const shippable = packets.filter((packet) => this.isPhytoCleared(packet, request.destinationCountry));
    if (shippable.length === 0) {
      throw new Error(`nothing in request ${requestId} can be shipped to ${request.destinationCountry}`);
    }

    const totalGrams = shippable.reduce((sum, p) => sum + p.grams, 0);
    return {
      requestId,
      to: `${request.memberName}, ${request.destinationCountry}`,
      packets: shippable,
      totalGrams,
      customsNote: `${shippable.length} packets of non-commercial seed for private exchange, ${totalGrams} g total`,
    };
  }

  private async isPhytoCleared(packet: SeedPacket, country: string): Promise<boolean> {
    const rules = await this.phyto.rulesFor(country);
    if (packet.grams > rules.maxGramsPerPacket) return false;
    if (packet.treated) return true;
    return !rules.prohibitedGenera.includes(packet.genus);
  }
}

export function packingList(shipment: Shipment): string {
  const rows = shipment.packets.map((p) => `${p.packetId.padEnd(10)} ${p.genus.padEnd(14)} ${p.grams} g`);
  return [`To: ${shipment.to}`, ...rows, `Total: ${shipment.totalGrams} g`].join('\n');
}
