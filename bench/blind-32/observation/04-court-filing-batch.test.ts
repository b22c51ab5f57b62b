// expect: no-unobserved-promise
// In the mixed-batch test the invalid submission is stored and only checked with .rejects after the valid submission is awaited, so it rejects with no handler attached.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface Filing {
  caseNumber: string;
  documentType: "complaint" | "motion" | "answer" | "exhibit";
  pages: number;
  filedBy: string;
  sealed: boolean;
}

interface Receipt {
  caseNumber: string;
  docketEntry: number;
  feeCents: number;
}

const CASE_NUMBER = /^\d{2}-[A-Z]{2}-\d{5}$/;

class FilingClerk {
  private docket = new Map<string, number>();
  readonly accepted: Receipt[] = [];

  async submit(filing: Filing): Promise<Receipt> {
    await new Promise((r) => setTimeout(r, 5));
    if (!CASE_NUMBER.test(filing.caseNumber)) {
      throw new Error(`malformed case number ${filing.caseNumber}`);
    }
    if (filing.pages > 300) {
      throw new Error(`filing exceeds page limit (${filing.pages} pages)`);
    }
    const entry = (this.docket.get(filing.caseNumber) ?? 0) + 1;
    this.docket.set(filing.caseNumber, entry);
    const receipt: Receipt = {
      caseNumber: filing.caseNumber,
      docketEntry: entry,
      feeCents: filing.documentType === "complaint" ? 40_500 : 0,
    };
    this.accepted.push(receipt);
    return receipt;
  }
}

function filing(overrides: Partial<Filing> = {}): Filing {
  return {
    caseNumber: "24-CV-01234",
    documentType: "motion",
    pages: 12,
    filedBy: "bar#55102",
    sealed: false,
    ...overrides,
  };
}

describe("FilingClerk", () => {
  let clerk: FilingClerk;

  beforeEach(() => {
    clerk = new FilingClerk();
  });

  it("assigns increasing docket entries per case", async () => {
    const first = await clerk.submit(filing());
    const second = await clerk.submit(filing({ documentType: "exhibit" }));
    expect(first.docketEntry).toBe(1);
    expect(second.docketEntry).toBe(2);
  });

  it("charges the filing fee only for complaints", async () => {
    const complaint = await clerk.submit(filing({ caseNumber: "24-CV-09999", documentType: "complaint" }));
    const motion = await clerk.submit(filing({ caseNumber: "24-CV-09999" }));
    expect(complaint.feeCents).toBe(40_500);
    expect(motion.feeCents).toBe(0);
  });

  it("rejects malformed case numbers", async () => {
    await expect(clerk.submit(filing({ caseNumber: "CV 1234" }))).rejects.toThrow(/malformed case number/);
    expect(clerk.accepted).toHaveLength(0);
  });

  it("keeps accepting valid filings after a rejected one", async () => {
    const oversized = clerk.submit(filing({ pages: 412 }));
    const ok = await clerk.submit(filing({ caseNumber: "24-CR-00077", documentType: "answer" }));
    await expect(oversized).rejects.toThrow(/page limit/);
    expect(ok.docketEntry).toBe(1);
    expect(clerk.accepted).toEqual([ok]);
  });
});
