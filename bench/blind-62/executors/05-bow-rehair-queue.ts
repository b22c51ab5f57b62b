// expect: no-multiple-settle
// the async executor awaits the workbench lookup before wiring up handlers; if that lookup rejects the returned promise never settles
import { EventEmitter } from "node:events";

export type HairGrade = "mongolian-white" | "siberian-white" | "black" | "synthetic";

export interface RehairTicket {
  ticketId: string;
  bowMaker: string;
  instrument: "violin" | "viola" | "cello" | "bass";
  grade: HairGrade;
  customerId: string;
}

interface Workbench extends EventEmitter {
  id: string;
  luthier: string;
  start(ticket: RehairTicket): void;
}

declare const workshop: {
  claimBench(instrument: RehairTicket["instrument"]): Promise<Workbench>;
  releaseBench(benchId: string): void;
};

declare const customerNotifier: {
  send(customerId: string, message: string): Promise<void>;
};

const HANK_GRAMS: Record<RehairTicket["instrument"], number> = {
  violin: 5.5,
  viola: 6,
  cello: 7.5,
  bass: 9,
};

export interface RehairOutcome {
  ticketId: string;
  benchId: string;
  luthier: string;
  hairUsedGrams: number;
  minutes: number;
}

export function performRehair(ticket: RehairTicket): Promise<RehairOutcome> {
  return new Promise<RehairOutcome>(async (resolve, reject) => {
    const bench = await workshop.claimBench(ticket.instrument);
    const started = Date.now();

    const done = (hairUsedGrams: number) => {
      bench.off("failed", failed);
      workshop.releaseBench(bench.id);
      resolve({
        ticketId: ticket.ticketId,
        benchId: bench.id,
        luthier: bench.luthier,
        hairUsedGrams,
        minutes: Math.round((Date.now() - started) / 60_000),
      });
    };
    const failed = (err: Error) => {
      bench.off("done", done);
      workshop.releaseBench(bench.id);
      reject(err);
    };

    bench.once("done", done);
    bench.once("failed", failed);
    bench.start(ticket);
  });
}

export async function processTicket(ticket: RehairTicket): Promise<RehairOutcome> {
  const expected = HANK_GRAMS[ticket.instrument];
  const outcome = await performRehair(ticket);
  if (outcome.hairUsedGrams > expected * 1.4) {
    outcome.hairUsedGrams = Math.round(outcome.hairUsedGrams * 10) / 10;
  }
  await customerNotifier.send(
    ticket.customerId,
    `Your ${ticket.instrument} bow by ${ticket.bowMaker} has been rehaired with ${ticket.grade} hair.`,
  );
  return outcome;
}
