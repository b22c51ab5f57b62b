// expect: none
// Correct: the service-manual lookup starts early but is converted to a result object immediately, so it cannot reject while the bench is being reserved.
declare const manualArchive: {
  find(make: string, model: string): Promise<ServiceManual>;
};

declare const benchBoard: {
  reserve(technicianId: string, hours: number): Promise<{ benchId: string; until: Date }>;
  release(benchId: string): Promise<void>;
};

declare const partsBin: {
  check(partNumbers: string[]): Promise<Map<string, number>>;
};

export interface ServiceManual {
  make: string;
  model: string;
  escapementType: 'rack' | 'star-wheel';
  commonParts: string[];
}

export interface IntakeTicket {
  machineId: string;
  make: string;
  model: string;
  symptoms: string[];
}

export interface BenchAssignment {
  ticket: IntakeTicket;
  benchId: string;
  manual: ServiceManual | null;
  missingParts: string[];
  estimateHours: number;
}

type ManualLookup = { found: true; manual: ServiceManual } | { found: false; reason: string };

function estimateHours(ticket: IntakeTicket): number {
  let hours = 1.5;
  if (ticket.symptoms.includes('skipping')) hours += 2;
  if (ticket.symptoms.includes('sticky keys')) hours += 1;
  if (ticket.symptoms.includes('ribbon not advancing')) hours += 0.5;
  return hours;
}

export async function intake(ticket: IntakeTicket, technicianId: string): Promise<BenchAssignment> {
  const manualLookup: Promise<ManualLookup> = manualArchive.find(ticket.make, ticket.model).then(
    (manual) => ({ found: true, manual }),
    (err: unknown) => ({ found: false, reason: err instanceof Error ? err.message : String(err) }),
  );

  const hours = estimateHours(ticket);
  const bench = await benchBoard.reserve(technicianId, hours);

  try {
    const lookup = await manualLookup;
    const manual = lookup.found ? lookup.manual : null;
    const wanted = manual ? manual.commonParts : [];
    const stock = wanted.length > 0 ? await partsBin.check(wanted) : new Map<string, number>();
    const missingParts = wanted.filter((part) => (stock.get(part) ?? 0) === 0);

    return {
      ticket,
      benchId: bench.benchId,
      manual,
      missingParts,
      estimateHours: manual?.escapementType === 'star-wheel' ? hours + 1 : hours,
    };
  } catch (err) {
    await benchBoard.release(bench.benchId);
    throw err;
  }
}
