// expect: none
// Every promise is awaited before it is used with ??, in a condition, in a template or in the JSON body, so only settled values are compared and serialised.
export interface CarvedPiece {
  id: string;
  carver: string;
  motif: string;
  weightGrams: number;
  kind: "nephrite" | "jadeite";
}

export interface Appraisal {
  pieceId: string;
  valueCents: number;
  appraiser: string;
  at: string;
}

declare const appraisalCache: {
  get(pieceId: string): Promise<Appraisal | undefined>;
  put(appraisal: Appraisal): Promise<void>;
};

declare const appraisers: {
  appraise(piece: CarvedPiece): Promise<Appraisal>;
};

declare const certRegistry: {
  isCertified(pieceId: string): Promise<boolean>;
  certificateNumber(pieceId: string): Promise<string>;
};

declare const auctionHouse: {
  consign(body: string): Promise<{ lot: number }>;
};

const MAX_CACHE_AGE_MS = 90 * 86_400_000;

async function currentAppraisal(piece: CarvedPiece): Promise<Appraisal> {
  const cached = await appraisalCache.get(piece.id);
  const fresh = cached && Date.now() - new Date(cached.at).getTime() < MAX_CACHE_AGE_MS ? cached : undefined;
  const appraisal = fresh ?? (await appraisers.appraise(piece));
  if (appraisal !== cached) await appraisalCache.put(appraisal);
  return appraisal;
}

export async function consignPiece(piece: CarvedPiece, reserveCents?: number): Promise<string> {
  const appraisal = await currentAppraisal(piece);

  let certificate: string | null = null;
  if (await certRegistry.isCertified(piece.id)) {
    certificate = await certRegistry.certificateNumber(piece.id);
  } else if (piece.kind === "jadeite") {
    throw new Error(`jadeite piece ${piece.id} needs a certificate before consignment`);
  }

  const reserve = reserveCents ?? Math.round(appraisal.valueCents * 0.7);
  const { lot } = await auctionHouse.consign(
    JSON.stringify({
      pieceId: piece.id,
      title: `${piece.motif} by ${piece.carver} (${piece.kind}, ${piece.weightGrams} g)`,
      estimateCents: appraisal.valueCents,
      reserveCents: reserve,
      certificate,
    }),
  );
  return `lot ${lot}: ${piece.motif} — certificate ${certificate ?? "n/a"}, appraised by ${appraisal.appraiser}`;
}
