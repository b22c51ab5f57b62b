// expect: require-signal-propagation
// reprintBatch receives a signal but never checks it or passes it on, so a cancelled reprint keeps printing the whole batch.
export interface TicketRecord {
  serial: string;
  station: string;
  fareZone: number;
  issuedAt: string;
  voided: boolean;
}

export interface ReprintOutcome {
  printed: string[];
  skipped: Array<{ serial: string; reason: string }>;
}

interface GatewayPrinter {
  readonly station: string;
  paperRemaining(): number;
  print(ticket: TicketRecord, copyMark: string): Promise<void>;
}

declare const ticketVault: {
  lookup(serials: string[]): Promise<TicketRecord[]>;
};

declare const gatewayAudit: {
  append(entry: { station: string; serial: string; operator: string; at: string }): Promise<void>;
};

const MAX_AGE_DAYS = 30;

function tooOld(ticket: TicketRecord, now: number): boolean {
  return now - Date.parse(ticket.issuedAt) > MAX_AGE_DAYS * 86_400_000;
}

export async function reprintBatch(
  printer: GatewayPrinter,
  serials: string[],
  operator: string,
  signal: AbortSignal,
): Promise<ReprintOutcome> {
  const tickets = await ticketVault.lookup(serials);
  const found = new Map(tickets.map((t) => [t.serial, t]));
  const now = Date.now();

  const printed: string[] = [];
  const skipped: ReprintOutcome["skipped"] = [];

  for (const serial of serials) {
    const ticket = found.get(serial);
    if (!ticket) {
      skipped.push({ serial, reason: "not found in vault" });
      continue;
    }
    if (ticket.voided) {
      skipped.push({ serial, reason: "voided" });
      continue;
    }
    if (tooOld(ticket, now)) {
      skipped.push({ serial, reason: `older than ${MAX_AGE_DAYS} days` });
      continue;
    }
    if (printer.paperRemaining() < 1) {
      skipped.push({ serial, reason: "printer out of paper" });
      continue;
    }

    await printer.print(ticket, `COPY ${operator.toUpperCase()}`);
    await gatewayAudit.append({
      station: printer.station,
      serial,
      operator,
      at: new Date().toISOString(),
    });
    printed.push(serial);
  }

  return { printed, skipped };
}

export function summarizeReprint(outcome: ReprintOutcome): string {
  const reasons = new Map<string, number>();
  for (const s of outcome.skipped) {
    reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  }
  const parts = [...reasons].map(([reason, n]) => `${n} ${reason}`);
  return `${outcome.printed.length} reprinted` + (parts.length ? `; skipped ${parts.join(", ")}` : "");
}
