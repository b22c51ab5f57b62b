// expect: none
// Every lookup is awaited before its value is interpolated, compared, defaulted with ?? or serialised, so only resolved values reach the catalogue payload.
export interface OrchidLot {
  lotId: string;
  genus: string;
  grex: string;
  clone?: string;
  potSizeCm: number;
  reservePriceCents: number | null;
  awarded?: 'AM/AOS' | 'HCC/AOS' | 'FCC/AOS';
}

interface Bid {
  bidderId: string;
  amountCents: number;
  at: string;
}

declare const auctionApi: {
  lot(lotId: string): Promise<OrchidLot>;
  bids(lotId: string): Promise<Bid[]>;
  state(lotId: string): Promise<'preview' | 'open' | 'closed'>;
  isWithdrawn(lotId: string): Promise<boolean>;
  photoUrl(lotId: string): Promise<string | null>;
};

declare const catalogue: {
  upsert(lotId: string, body: string): Promise<void>;
};

const DEFAULT_RESERVE_CENTS = 2_500;
const PLACEHOLDER_PHOTO = '/img/orchid-placeholder.webp';

function money(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`;
}

function displayName(lot: OrchidLot): string {
  const clone = lot.clone ? ` '${lot.clone}'` : '';
  const award = lot.awarded ? ` ${lot.awarded}` : '';
  return `${lot.genus} ${lot.grex}${clone}${award}`;
}

export async function publishLotSummary(lotId: string): Promise<string | null> {
  if (await auctionApi.isWithdrawn(lotId)) {
    return null;
  }

  const [lot, bids, photo] = await Promise.all([
    auctionApi.lot(lotId),
    auctionApi.bids(lotId),
    auctionApi.photoUrl(lotId),
  ]);

  const reserve = lot.reservePriceCents ?? DEFAULT_RESERVE_CENTS;
  const leading = [...bids].sort((a, b) => b.amountCents - a.amountCents)[0];
  const closed = (await auctionApi.state(lotId)) === 'closed';
  const reserveMet = (leading?.amountCents ?? 0) >= reserve;

  const headline = closed
    ? `${displayName(lot)} — ${reserveMet && leading ? `sold for ${money(leading.amountCents)}` : 'passed'}`
    : `${displayName(lot)} — ${leading ? `current bid ${money(leading.amountCents)}` : `opens at ${money(reserve)}`}`;

  const body = JSON.stringify({
    lotId: lot.lotId,
    headline,
    potSizeCm: lot.potSizeCm,
    photo: photo ?? PLACEHOLDER_PHOTO,
    bidCount: bids.length,
    reserveMet,
    closed,
  });

  await catalogue.upsert(lot.lotId, body);
  return headline;
}
