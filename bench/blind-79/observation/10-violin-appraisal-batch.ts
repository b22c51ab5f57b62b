// expect: none
// Correct: the provenance lookup is started early but converted at once into a never-rejecting result object, so nothing can reject unobserved while the photos upload.
interface Instrument {
  id: string;
  maker: string | null;
  label: string;
  year: number | null;
  bodyLengthMm: number;
  photos: Blob[];
}

interface Provenance {
  registryId: string;
  attributedMaker: string;
  certificates: string[];
}

type Lookup =
  | { ok: true; provenance: Provenance | null }
  | { ok: false; error: unknown };

declare const registry: { find(label: string, bodyLengthMm: number): Promise<Provenance | null> };
declare const photoVault: { store(instrumentId: string, photo: Blob, index: number): Promise<string> };
declare const appraisalDb: {
  save(row: { instrumentId: string; photoUrls: string[]; maker: string; confidence: 'certified' | 'attributed' | 'unknown' }): Promise<void>;
};

export async function appraise(instrument: Instrument): Promise<'certified' | 'attributed' | 'unknown'> {
  const lookup: Promise<Lookup> = registry.find(instrument.label, instrument.bodyLengthMm).then(
    (provenance) => ({ ok: true, provenance }),
    (error: unknown) => ({ ok: false, error }),
  );

  const photoUrls: string[] = [];
  for (const [i, photo] of instrument.photos.entries()) {
    photoUrls.push(await photoVault.store(instrument.id, photo, i));
  }

  const result = await lookup;
  let confidence: 'certified' | 'attributed' | 'unknown' = 'unknown';
  let maker = instrument.maker ?? 'unattributed';

  if (!result.ok) {
    console.warn(`registry lookup failed for ${instrument.id}`, result.error);
  } else if (result.provenance) {
    maker = result.provenance.attributedMaker;
    confidence = result.provenance.certificates.length > 0 ? 'certified' : 'attributed';
  }

  await appraisalDb.save({ instrumentId: instrument.id, photoUrls, maker, confidence });
  return confidence;
}

export async function appraiseConsignment(instruments: readonly Instrument[]): Promise<Record<string, string>> {
  const summary: Record<string, string> = {};
  for (const inst of instruments) {
    if (inst.bodyLengthMm < 330 || inst.bodyLengthMm > 370) {
      summary[inst.id] = 'skipped: not a full-size violin body';
      continue;
    }
    summary[inst.id] = await appraise(inst);
  }
  return summary;
}
