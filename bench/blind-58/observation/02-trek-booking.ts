// expect: no-unobserved-promise
// The permits request is started first but only awaited after two other awaits; if it rejects meanwhile (or reserve/assign throws) its rejection goes unobserved.
export interface TrekRequest {
  routeId: string;
  startDate: string;
  party: Array<{ name: string; weightKg: number }>;
  packKgPerPerson: number;
}

export interface Confirmation {
  bookingRef: string;
  llamaIds: string[];
  guide: string;
  permitNumbers: string[];
}

declare const parkService: {
  requestPermits(routeId: string, date: string, people: number): Promise<string[]>;
};

declare const corral: {
  reserve(routeId: string, count: number, date: string): Promise<string[]>;
  release(llamaIds: string[]): Promise<void>;
};

declare const guides: {
  assign(routeId: string, date: string): Promise<{ name: string; certified: boolean }>;
};

declare const bookings: {
  create(input: Omit<Confirmation, "bookingRef">): Promise<{ ref: string }>;
};

const LLAMA_CAPACITY_KG = 30;

function llamaCount(req: TrekRequest): number {
  const totalPack = req.party.length * req.packKgPerPerson;
  return Math.max(2, Math.ceil(totalPack / LLAMA_CAPACITY_KG));
}

export class UncertifiedGuideError extends Error {
  constructor(readonly guide: string, readonly routeId: string) {
    super(`guide ${guide} is not certified for route ${routeId}`);
    this.name = "UncertifiedGuideError";
  }
}

export async function confirmTrek(req: TrekRequest): Promise<Confirmation> {
  if (req.party.length === 0) {
    throw new RangeError("a trek needs at least one participant");
  }

  const permitsRequest = parkService.requestPermits(req.routeId, req.startDate, req.party.length);

  const llamaIds = await corral.reserve(req.routeId, llamaCount(req), req.startDate);
  const guide = await guides.assign(req.routeId, req.startDate);
  if (!guide.certified) {
    await corral.release(llamaIds);
    throw new UncertifiedGuideError(guide.name, req.routeId);
  }

  const permitNumbers = await permitsRequest;
  const { ref } = await bookings.create({ llamaIds, guide: guide.name, permitNumbers });
  return { bookingRef: ref, llamaIds, guide: guide.name, permitNumbers };
}
