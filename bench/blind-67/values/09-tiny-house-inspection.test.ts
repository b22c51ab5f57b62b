// expect: none
// Assertions run on awaited values or through expect(...).resolves/rejects with the promise awaited, never on a bare promise.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toContain(item: unknown): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface TinyHouse {
  id: string;
  lengthFt: number;
  widthFt: number;
  heightFt: number;
  onTrailer: boolean;
  loftEgressWindow: boolean;
  smokeAlarms: number;
}

class InspectionService {
  submitted: string[] = [];

  async findings(house: TinyHouse): Promise<string[]> {
    await Promise.resolve();
    const issues: string[] = [];
    if (house.onTrailer && house.widthFt > 8.5) issues.push("exceeds road width");
    if (house.onTrailer && house.heightFt > 13.5) issues.push("exceeds road height");
    if (!house.loftEgressWindow) issues.push("loft lacks egress window");
    if (house.smokeAlarms < 1) issues.push("no smoke alarm");
    return issues;
  }

  async isPassing(house: TinyHouse): Promise<boolean> {
    return (await this.findings(house)).length === 0;
  }

  async submit(house: TinyHouse): Promise<{ certificate: string }> {
    const issues = await this.findings(house);
    if (issues.length > 0) throw new Error(`cannot certify ${house.id}: ${issues.join("; ")}`);
    this.submitted.push(house.id);
    return { certificate: `THB-${house.id}` };
  }
}

const base: TinyHouse = {
  id: "cedar-24",
  lengthFt: 24,
  widthFt: 8.5,
  heightFt: 13.4,
  onTrailer: true,
  loftEgressWindow: true,
  smokeAlarms: 2,
};

describe("tiny house inspection", () => {
  let service: InspectionService;

  beforeEach(() => {
    service = new InspectionService();
  });

  it("passes a road-legal build", async () => {
    expect(await service.isPassing(base)).toBe(true);
    await expect(service.submit(base)).resolves.toEqual({ certificate: "THB-cedar-24" });
  });

  it("flags an over-wide trailer build", async () => {
    const wide = { ...base, id: "wide-1", widthFt: 10 };
    await expect(service.isPassing(wide)).resolves.toBe(false);
    expect(await service.findings(wide)).toContain("exceeds road width");
  });

  it("allows extra width on a foundation", async () => {
    const grounded = { ...base, id: "found-1", widthFt: 12, onTrailer: false };
    expect(await service.isPassing(grounded)).toBe(true);
  });

  it("refuses to certify without a smoke alarm", async () => {
    await expect(service.submit({ ...base, smokeAlarms: 0 })).rejects.toThrow(/no smoke alarm/);
    expect(service.submitted).toEqual([]);
  });
});
