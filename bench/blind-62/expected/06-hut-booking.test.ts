// expect: none
// withRetry is given the function on purpose and invokes it per attempt; every promise in the tests is awaited or handed to expect().rejects
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(pattern: RegExp | string): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): ((...args: A) => R) & {
    mock: { calls: A[] };
    mockRejectedValueOnce(err: unknown): unknown;
    mockResolvedValue(value: unknown): unknown;
  };
};

interface BunkAssignment {
  hutId: string;
  night: string;
  bunks: number[];
}

async function withRetry<T>(op: () => Promise<T>, attempts: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

class HutBookingService {
  constructor(
    private readonly reserveBunks: (hutId: string, night: string, party: number) => Promise<number[]>,
  ) {}

  async book(hutId: string, night: string, party: number): Promise<BunkAssignment> {
    if (party < 1 || party > 12) throw new Error(`party size ${party} outside 1..12`);
    const reserve = () => this.reserveBunks(hutId, night, party);
    const bunks = await withRetry(reserve, 3);
    return { hutId, night, bunks };
  }
}

describe("mountain hut bookings", () => {
  let reserve: ReturnType<typeof vi.fn<[string, string, number], Promise<number[]>>>;
  let service: HutBookingService;

  beforeEach(() => {
    reserve = vi.fn<[string, string, number], Promise<number[]>>();
    service = new HutBookingService(reserve);
  });

  it("assigns bunks on the first try", async () => {
    reserve.mockResolvedValue([3, 4]);
    const booking = await service.book("hornli", "2025-07-14", 2);
    expect(booking).toEqual({ hutId: "hornli", night: "2025-07-14", bunks: [3, 4] });
    expect(reserve).toHaveBeenCalledTimes(1);
  });

  it("retries a transient warden-radio failure with a fresh reservation call", async () => {
    reserve.mockRejectedValueOnce(new Error("radio link dropped"));
    reserve.mockResolvedValue([11]);
    const booking = await service.book("capanna-margherita", "2025-08-02", 1);
    expect(booking.bunks).toEqual([11]);
    expect(reserve).toHaveBeenCalledTimes(2);
  });

  it("gives up after three attempts", async () => {
    reserve.mockRejectedValueOnce(new Error("full"));
    reserve.mockRejectedValueOnce(new Error("full"));
    reserve.mockRejectedValueOnce(new Error("full"));
    await expect(service.book("goûter", "2025-07-20", 4)).rejects.toThrow("full");
    expect(reserve).toHaveBeenCalledTimes(3);
  });

  it("rejects oversized parties before calling the hut", async () => {
    await expect(service.book("hornli", "2025-07-14", 14)).rejects.toThrow(/outside 1..12/);
    expect(reserve).toHaveBeenCalledTimes(0);
  });

  it("passes the night through unchanged", async () => {
    reserve.mockResolvedValue([1]);
    await service.book("solvay", "2025-09-01", 1);
    expect(reserve.mock.calls[0]).toEqual(["solvay", "2025-09-01", 1]);
  });
});

export {};
