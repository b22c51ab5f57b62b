// expect: no-unobserved-promise
// The proof render is started before the review lookup; on the not-approved early return (or while the lookup is awaited) its rejection has no handler.
export type PlateMetal = 'copper' | 'steel' | 'zinc';

export interface EngravingPlate {
  id: string;
  sheet: string;
  metal: PlateMetal;
  scale: number;
  revision: number;
}

export interface Review {
  plateId: string;
  revision: number;
  verdict: 'approved' | 'changes-requested' | 'pending';
  reviewer: string;
}

export type SubmitOutcome =
  | { plateId: string; status: 'awaiting-review' | 'changes-requested' }
  | { plateId: string; status: 'queued'; proofUrl: string; pressSlot: number };

declare const proofRenderer: {
  renderProof(plateId: string, opts: { dpi: number; inkColour: string }): Promise<string>;
};

declare const reviews: {
  latest(plateId: string): Promise<Review | null>;
};

declare const pressRoom: {
  book(plateId: string, proofUrl: string, metal: PlateMetal): Promise<number>;
};

const PROOF_DPI: Record<PlateMetal, number> = { copper: 1_200, steel: 2_400, zinc: 900 };

export class PlateSubmitter {
  private readonly submitted = new Map<string, number>();

  constructor(private readonly inkColour = 'sepia') {}

  async submit(plate: EngravingPlate): Promise<SubmitOutcome> {
    if (this.submitted.get(plate.id) === plate.revision) {
      throw new Error(`plate ${plate.id} revision ${plate.revision} already submitted`);
    }

    const proof = proofRenderer.renderProof(plate.id, {
      dpi: PROOF_DPI[plate.metal],
      inkColour: this.inkColour,
    });

    const review = await reviews.latest(plate.id);
    if (!review || review.revision !== plate.revision || review.verdict === 'pending') {
      return { plateId: plate.id, status: 'awaiting-review' };
    }
    if (review.verdict === 'changes-requested') {
      return { plateId: plate.id, status: 'changes-requested' };
    }

    const proofUrl = await proof;
    const pressSlot = await pressRoom.book(plate.id, proofUrl, plate.metal);
    this.submitted.set(plate.id, plate.revision);
    return { plateId: plate.id, status: 'queued', proofUrl, pressSlot };
  }

  async submitSheet(plates: EngravingPlate[]): Promise<SubmitOutcome[]> {
    const outcomes: SubmitOutcome[] = [];
    for (const plate of plates.sort((a, b) => a.scale - b.scale)) {
      outcomes.push(await this.submit(plate));
    }
    return outcomes;
  }
}
