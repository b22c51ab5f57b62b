// expect: none
// Both async lookups are awaited through Promise.all before being serialized, compared with === and interpolated into the receipt text.
export interface FuelTicket {
  ticketId: string;
  vessel: string;
  imo: string;
  pumpId: string;
  litres: number;
}

export interface Receipt {
  ticketId: string;
  vessel: string;
  litres: number;
  pricePerLitre: number;
  totalCents: number;
  densityKgM3: number;
  text: string;
}

declare const priceBoard: {
  currentPrice(pumpId: string): Promise<{ grade: 'mgo' | 'ulsd'; centsPerLitre: number }>;
};

declare const labSamples: {
  density(ticketId: string): Promise<number>;
  expectedGrade(imo: string): Promise<'mgo' | 'ulsd'>;
};

declare const portAuthority: {
  submit(body: string): Promise<{ accepted: boolean }>;
};

const DENSITY_LIMITS: Record<'mgo' | 'ulsd', [number, number]> = {
  mgo: [820, 890],
  ulsd: [820, 845],
};

export async function issueReceipt(ticket: FuelTicket): Promise<Receipt> {
  const [price, density, expectedGrade] = await Promise.all([
    priceBoard.currentPrice(ticket.pumpId),
    labSamples.density(ticket.ticketId),
    labSamples.expectedGrade(ticket.imo),
  ]);

  const gradeMatches = price.grade === expectedGrade;
  if (!gradeMatches) {
    throw new Error(`${ticket.vessel} expects ${expectedGrade} but pump ${ticket.pumpId} dispenses ${price.grade}`);
  }
  const [low, high] = DENSITY_LIMITS[price.grade];
  if (density < low || density > high) {
    throw new Error(`sample density ${density} kg/m3 outside ${price.grade} limits for ticket ${ticket.ticketId}`);
  }

  const totalCents = Math.round(ticket.litres * price.centsPerLitre);
  const text =
    `${ticket.vessel} (IMO ${ticket.imo}) received ${ticket.litres.toLocaleString('en-GB')} L ${price.grade.toUpperCase()} ` +
    `from pump ${ticket.pumpId} at ${(price.centsPerLitre / 100).toFixed(3)}/L, density ${density} kg/m3`;

  const receipt: Receipt = {
    ticketId: ticket.ticketId,
    vessel: ticket.vessel,
    litres: ticket.litres,
    pricePerLitre: price.centsPerLitre / 100,
    totalCents,
    densityKgM3: density,
    text,
  };

  const { accepted } = await portAuthority.submit(JSON.stringify({ type: 'bunker-delivery-note', receipt }));
  if (!accepted) {
    throw new Error(`port authority rejected bunker delivery note for ${ticket.ticketId}`);
  }
  return receipt;
}
