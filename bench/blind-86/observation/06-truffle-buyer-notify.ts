// expect: no-unchecked-settled-results
// announceLot awaits Promise.allSettled and then reports every buyer as notified without looking at any result's status, so failed sends are silently counted.
export interface TruffleLot {
  lotId: string;
  species: 'tuber-melanosporum' | 'tuber-magnatum' | 'tuber-aestivum';
  grams: number;
  grade: 'extra' | 'first' | 'second';
  reservePerKg: number;
}

export interface Buyer {
  id: string;
  email: string;
  phone?: string;
  wants: TruffleLot['species'][];
}

declare const mailer: { send(to: string, subject: string, body: string): Promise<{ messageId: string }> };
declare const sms: { send(phone: string, text: string): Promise<void> };
declare const buyersRepo: { active(): Promise<Buyer[]> };
declare const lotsRepo: { markAnnounced(lotId: string, buyerIds: string[]): Promise<void> };

const SPECIES_LABEL: Record<TruffleLot['species'], string> = {
  'tuber-melanosporum': 'Périgord black',
  'tuber-magnatum': 'Alba white',
  'tuber-aestivum': 'summer',
};

function lotSummary(lot: TruffleLot): string {
  const price = (lot.reservePerKg / 1000) * lot.grams;
  return `${SPECIES_LABEL[lot.species]} truffle, ${lot.grams} g (${lot.grade}), reserve €${price.toFixed(0)}`;
}

async function notifyBuyer(buyer: Buyer, lot: TruffleLot): Promise<void> {
  const summary = lotSummary(lot);
  await mailer.send(buyer.email, `New lot ${lot.lotId}`, `${summary}\nBidding closes in 2 hours.`);
  if (buyer.phone && lot.species === 'tuber-magnatum') {
    await sms.send(buyer.phone, `Lot ${lot.lotId}: ${summary}`);
  }
}

export async function announceLot(lot: TruffleLot): Promise<{ notified: number }> {
  const buyers = (await buyersRepo.active()).filter((b) => b.wants.includes(lot.species));
  if (buyers.length === 0) {
    console.log(`[market] no buyers registered for ${lot.species}`);
    return { notified: 0 };
  }

  await Promise.allSettled(buyers.map((b) => notifyBuyer(b, lot)));

  await lotsRepo.markAnnounced(
    lot.lotId,
    buyers.map((b) => b.id),
  );
  console.log(`[market] lot ${lot.lotId} announced to ${buyers.length} buyers`);
  return { notified: buyers.length };
}
