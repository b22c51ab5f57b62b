// expect: none
// The loans lookup is started early but gets its .catch fallback attached in the same expression, so no rejection can go unobserved.
export interface Typewriter {
  accession: string;
  maker: string;
  model: string;
  year: number;
  keyboard: 'QWERTY' | 'QWERTZ' | 'AZERTY' | 'Dvorak' | 'other';
  gallery: string | null;
}

export interface Loan {
  accession: string;
  borrower: string;
  returnDue: string;
}

export interface GalleryCard {
  accession: string;
  title: string;
  status: 'on display' | 'in storage' | 'on loan';
  note?: string;
}

declare const collection: {
  byGallery(gallery: string): Promise<Typewriter[]>;
  conservationNotes(accessions: string[]): Promise<Map<string, string>>;
};

declare const loans: {
  activeLoans(): Promise<Loan[]>;
};

declare const log: { warn(msg: string, err: unknown): void };

function title(t: Typewriter): string {
  return `${t.maker} ${t.model} (${t.year})`;
}

export async function galleryCards(gallery: string): Promise<GalleryCard[]> {
  // Loans live in a separate system that is often slow; start it now and fall
  // back to "no loans known" rather than failing the whole gallery page.
  const activeLoans = loans.activeLoans().catch((err: unknown) => {
    log.warn('loan system unavailable, showing catalogue status only', err);
    return [] as Loan[];
  });

  const machines = await collection.byGallery(gallery);
  const notes = await collection.conservationNotes(machines.map((m) => m.accession));
  const loanByAccession = new Map((await activeLoans).map((l) => [l.accession, l]));

  return machines
    .sort((a, b) => a.year - b.year)
    .map((machine): GalleryCard => {
      const loan = loanByAccession.get(machine.accession);
      if (loan) {
        return {
          accession: machine.accession,
          title: title(machine),
          status: 'on loan',
          note: `Lent to ${loan.borrower} until ${loan.returnDue}`,
        };
      }
      return {
        accession: machine.accession,
        title: title(machine),
        status: machine.gallery ? 'on display' : 'in storage',
        note: notes.get(machine.accession),
      };
    });
}

export function keyboardCensus(machines: Typewriter[]): Record<Typewriter['keyboard'], number> {
  const census: Record<Typewriter['keyboard'], number> = { QWERTY: 0, QWERTZ: 0, AZERTY: 0, Dvorak: 0, other: 0 };
  for (const m of machines) census[m.keyboard]++;
  return census;
}
