// expect: none
// All proof renders are collected into an array and awaited together with Promise.all, and the later upload loop starts each upload only when it awaits it.
export interface DeckSpec {
  deckId: string;
  title: string;
  majorArcanaOnly: boolean;
  cardStockGsm: number;
  finish: 'linen' | 'matte' | 'gloss' | 'gilded-edge';
}

export interface RenderedProof {
  deckId: string;
  pdfPath: string;
  pages: number;
}

export interface ProofRenderer {
  render(spec: DeckSpec): Promise<RenderedProof>;
}

export interface PrinterPortal {
  upload(proof: RenderedProof, ticket: string): Promise<{ proofUrl: string }>;
}

export interface ProofBatchResult {
  ticket: string;
  proofs: Array<RenderedProof & { proofUrl: string }>;
}

export class TarotProofBatch {
  constructor(
    private readonly renderer: ProofRenderer,
    private readonly portal: PrinterPortal,
  ) {}

  expectedPages(spec: DeckSpec): number {
    const cards = spec.majorArcanaOnly ? 22 : 78;
    return cards * 2 + 2;
  }

  async run(ticket: string, specs: DeckSpec[]): Promise<ProofBatchResult> {
    const pending = specs.map((spec) => this.renderer.render(spec));
    const rendered = await Promise.all(pending);

    for (const proof of rendered) {
      const spec = specs.find((s) => s.deckId === proof.deckId);
      if (spec && proof.pages !== this.expectedPages(spec)) {
        throw new Error(`proof for ${spec.title} has ${proof.pages} pages, expected ${this.expectedPages(spec)}`);
      }
    }

    const proofs: ProofBatchResult['proofs'] = [];
    for (const proof of rendered) {
      const { proofUrl } = await this.portal.upload(proof, ticket);
      proofs.push({ ...proof, proofUrl });
    }
    return { ticket, proofs };
  }
}

export function heavyStock(specs: DeckSpec[]): DeckSpec[] {
  return specs.filter((s) => s.cardStockGsm >= 350 || s.finish === 'gilded-edge');
}
