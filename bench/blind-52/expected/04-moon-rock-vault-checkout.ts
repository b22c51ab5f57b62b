// expect: no-uncalled-async-function
// The finally block awaits this.audit.flush (the method) instead of calling it, so checkout audit entries are never flushed.
export interface SampleRecord {
  sampleId: string;
  mission: string;
  massGrams: number;
  cabinet: string;
  checkedOutTo: string | null;
}

export interface CheckoutRequest {
  sampleId: string;
  researcher: string;
  purpose: string;
}

interface AuditTrail {
  note(event: string, detail: Record<string, unknown>): void;
  flush(): Promise<void>;
}

interface VaultDoor {
  unseal(cabinet: string, badge: string): Promise<void>;
  reseal(cabinet: string): Promise<void>;
}

interface SampleCatalog {
  find(sampleId: string): Promise<SampleRecord | undefined>;
  assign(sampleId: string, researcher: string): Promise<void>;
}

declare const clearance: {
  level(researcher: string): Promise<number>;
};

const REQUIRED_LEVEL_BY_MISSION: Record<string, number> = {
  'apollo-11': 4,
  'apollo-17': 3,
  'luna-24': 3,
};

export class VaultDeniedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VaultDeniedError';
  }
}

export class LunarVault {
  constructor(
    private readonly catalog: SampleCatalog,
    private readonly door: VaultDoor,
    private readonly audit: AuditTrail,
  ) {}

  private async authorise(req: CheckoutRequest, sample: SampleRecord): Promise<void> {
    const required = REQUIRED_LEVEL_BY_MISSION[sample.mission] ?? 2;
    const level = await clearance.level(req.researcher);
    if (level < required) {
      this.audit.note('denied', { sampleId: sample.sampleId, researcher: req.researcher, level, required });
      throw new VaultDeniedError(`${req.researcher} lacks level ${required} clearance`);
    }
    if (sample.checkedOutTo) {
      throw new VaultDeniedError(`${sample.sampleId} is already with ${sample.checkedOutTo}`);
    }
  }

  async checkout(req: CheckoutRequest, badge: string): Promise<SampleRecord> {
    const sample = await this.catalog.find(req.sampleId);
    if (!sample) {
      throw new VaultDeniedError(`no sample ${req.sampleId}`);
    }

    try {
      await this.authorise(req, sample);
      await this.door.unseal(sample.cabinet, badge);
      try {
        await this.catalog.assign(sample.sampleId, req.researcher);
        this.audit.note('checkout', { sampleId: sample.sampleId, researcher: req.researcher, purpose: req.purpose });
      } finally {
        await this.door.reseal(sample.cabinet);
      }
      return { ...sample, checkedOutTo: req.researcher };
    } finally {
      await this.audit.flush;
    }
  }

  async checkoutMany(requests: readonly CheckoutRequest[], badge: string): Promise<SampleRecord[]> {
    const out: SampleRecord[] = [];
    for (const req of requests) {
      out.push(await this.checkout(req, badge));
    }
    return out;
  }

  static totalMass(records: readonly SampleRecord[]): number {
    return records.reduce((grams, r) => grams + r.massGrams, 0);
  }
}
