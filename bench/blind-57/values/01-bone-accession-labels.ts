// expect: no-promise-as-value
// Bug: accessionSpecimen interpolates museumRegistry.nextAccession(...) (a promise) into the label, so every printed tag reads "[object Promise]".
declare const museumRegistry: {
  nextAccession(collection: string): Promise<number>;
  register(entry: AccessionEntry): Promise<void>;
};

declare const labelPrinter: {
  print(label: string, options: { copies: number; stock: 'tyvek' | 'archival-card' }): Promise<void>;
};

export interface FieldJacket {
  jacketId: string;
  collection: 'VP' | 'VPR' | 'IP';
  taxon: string;
  element: string;
  quarry: string;
  collectedOn: string;
}

export interface AccessionEntry {
  label: string;
  jacketId: string;
  taxon: string;
  element: string;
  quarry: string;
  year: number;
}

const ELEMENT_ABBREVIATIONS: Record<string, string> = {
  femur: 'FEM',
  tibia: 'TIB',
  vertebra: 'VERT',
  'caudal vertebra': 'CAU',
  rib: 'RIB',
  tooth: 'TTH',
};

function abbreviate(element: string): string {
  return ELEMENT_ABBREVIATIONS[element.toLowerCase()] ?? element.slice(0, 4).toUpperCase();
}

function formatTaxon(taxon: string): string {
  const [genus, species] = taxon.trim().split(/\s+/);
  if (!species) return `${genus} sp.`;
  return `${genus[0].toUpperCase()}. ${species.toLowerCase()}`;
}

export async function accessionSpecimen(jacket: FieldJacket): Promise<AccessionEntry> {
  const year = new Date(jacket.collectedOn).getUTCFullYear();
  if (Number.isNaN(year)) {
    throw new Error(`jacket ${jacket.jacketId} has an invalid collection date`);
  }

  const label = `${jacket.collection}.${year}.${museumRegistry.nextAccession(jacket.collection)}-${abbreviate(jacket.element)}`;

  const entry: AccessionEntry = {
    label,
    jacketId: jacket.jacketId,
    taxon: formatTaxon(jacket.taxon),
    element: jacket.element,
    quarry: jacket.quarry,
    year,
  };

  await museumRegistry.register(entry);
  // Tyvek tags go inside the plaster jacket; the card sits in the drawer.
  await labelPrinter.print(`${label}\n${entry.taxon}\n${entry.quarry}`, { copies: 1, stock: 'tyvek' });
  await labelPrinter.print(`${label}  ${entry.taxon}  ${entry.element}`, { copies: 1, stock: 'archival-card' });
  return entry;
}

export async function accessionFieldSeason(jackets: FieldJacket[]): Promise<AccessionEntry[]> {
  const entries: AccessionEntry[] = [];
  for (const jacket of jackets.sort((a, b) => a.collectedOn.localeCompare(b.collectedOn))) {
    entries.push(await accessionSpecimen(jacket));
  }
  return entries;
}
