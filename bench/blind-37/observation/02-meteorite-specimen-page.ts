// expect: none
// Requests started early are either joined immediately by Promise.all or wrapped in a non-rejecting .then(ok, err) at creation.
export interface Specimen {
  catalogNumber: string;
  name: string;
  classification: string; // e.g. "L6", "IIIAB", "CM2"
  fall: boolean;
  massGrams: number;
  foundYear: number;
}

interface Analysis {
  nickelPct?: number;
  shockStage?: 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6';
  weatheringGrade?: string;
}

interface Image {
  url: string;
  caption: string;
  face: 'cut' | 'crust' | 'etched';
}

interface Provenance {
  previousOwners: string[];
  metBulletinRef?: string;
}

export interface SpecimenPage {
  specimen: Specimen;
  analysis: Analysis;
  images: Image[];
  provenance: Provenance | null;
  provenanceError?: string;
}

declare const catalog: {
  getSpecimen(catalogNumber: string): Promise<Specimen>;
};
declare const lab: {
  fetchAnalysis(catalogNumber: string): Promise<Analysis>;
};
declare const media: {
  listImages(catalogNumber: string): Promise<Image[]>;
};
declare const registry: {
  lookupProvenance(name: string, catalogNumber: string): Promise<Provenance>;
};

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function orderImages(images: Image[]): Image[] {
  const rank: Record<Image['face'], number> = { etched: 0, cut: 1, crust: 2 };
  return [...images].sort((a, b) => rank[a.face] - rank[b.face]);
}

export async function buildSpecimenPage(catalogNumber: string, displayName: string): Promise<SpecimenPage> {
  const provenance = settle(registry.lookupProvenance(displayName, catalogNumber));
  const analysisRequest = lab.fetchAnalysis(catalogNumber);
  const imagesRequest = media.listImages(catalogNumber);

  const [specimen, analysis, images] = await Promise.all([
    catalog.getSpecimen(catalogNumber),
    analysisRequest,
    imagesRequest,
  ]);

  const prov = await provenance;
  return {
    specimen,
    analysis,
    images: orderImages(images),
    provenance: prov.ok ? prov.value : null,
    provenanceError: prov.ok ? undefined : String(prov.error),
  };
}

export function describeSpecimen(page: SpecimenPage): string {
  const { specimen, analysis } = page;
  const kind = /^I{1,3}[A-G]/.test(specimen.classification) ? 'iron' : 'stony';
  const mass = specimen.massGrams >= 1000 ? `${(specimen.massGrams / 1000).toFixed(2)} kg` : `${specimen.massGrams} g`;
  const shock = analysis.shockStage ? `, shock stage ${analysis.shockStage}` : '';
  return `${specimen.name} (${specimen.classification}, ${kind}${shock}) — ${mass}, ${specimen.fall ? 'observed fall' : 'find'} ${specimen.foundYear}`;
}
