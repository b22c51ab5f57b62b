// expect: none
// correct: the cache deliberately stores promises, so `cache.get(id) ?? this.load(id)` chooses between two promises and the result is awaited before any field is used.
export interface DyeLot {
  lotId: string;
  colourway: string;
  kettle: number;
  skeins: number;
  fibre: 'merino' | 'bfl' | 'alpaca-silk' | 'sock-nylon';
  recipe: Array<{ dye: string; gramsPerKg: number }>;
}

export interface LotLabel {
  lotId: string;
  text: string;
  barcode: string;
}

declare const lotDatabase: {
  fetchLot(lotId: string): Promise<DyeLot>;
};

declare const labelQueue: {
  enqueue(label: LotLabel): Promise<void>;
};

export class DyeLotRepository {
  private readonly cache = new Map<string, Promise<DyeLot>>();

  private load(lotId: string): Promise<DyeLot> {
    const request = lotDatabase.fetchLot(lotId);
    this.cache.set(lotId, request);
    request.catch(() => {
      if (this.cache.get(lotId) === request) {
        this.cache.delete(lotId);
      }
    });
    return request;
  }

  get(lotId: string): Promise<DyeLot> {
    return this.cache.get(lotId) ?? this.load(lotId);
  }

  forget(lotId: string): void {
    this.cache.delete(lotId);
  }
}

function checkDigit(digits: string): number {
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

export async function labelForLot(repo: DyeLotRepository, lotId: string): Promise<LotLabel> {
  const lot = await repo.get(lotId);
  const digits = lotId.replace(/\D/g, '').padStart(11, '0').slice(-11);
  const recipe = lot.recipe.map((r) => `${r.dye} ${r.gramsPerKg} g/kg`).join(', ');
  return {
    lotId,
    text: `${lot.colourway} · ${lot.fibre} · lot ${lot.lotId} (kettle ${lot.kettle}) · ${recipe}`,
    barcode: `${digits}${checkDigit(digits)}`,
  };
}

export async function queueLabels(repo: DyeLotRepository, lotIds: string[]): Promise<number> {
  const labels = await Promise.all(lotIds.map((id) => labelForLot(repo, id)));
  for (const label of labels) {
    for (let copy = 0; copy < 2; copy++) {
      await labelQueue.enqueue(label);
    }
  }
  return labels.length;
}
