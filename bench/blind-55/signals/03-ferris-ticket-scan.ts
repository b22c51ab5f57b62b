// expect: no-swallowed-abort
// Bug: lookupTicket's catch-all turns an AbortError from the cancelled fetch into an ordinary { status: "unavailable" } result, so a cancelled scan is reported as a ticketing outage.
export type TicketLookup =
  | { status: "valid"; ticketId: string; rides: number; vip: boolean }
  | { status: "used"; ticketId: string }
  | { status: "unknown" }
  | { status: "unavailable"; reason: string };

export interface ScanContext {
  gate: "north" | "south";
  cabinNumber: number;
  signal: AbortSignal;
}

declare const boardingLog: {
  record(entry: { gate: string; cabin: number; ticketId?: string; outcome: string }): void;
};
declare const gateDisplay: { show(gate: string, text: string, colour: "green" | "red" | "amber"): void };

const TICKETING_URL = "https://tickets.pier-wheel.example/v1/tickets";

async function lookupTicket(barcode: string, signal: AbortSignal): Promise<TicketLookup> {
  try {
    const res = await fetch(`${TICKETING_URL}/${encodeURIComponent(barcode)}`, { signal });
    if (res.status === 404) return { status: "unknown" };
    if (!res.ok) return { status: "unavailable", reason: `HTTP ${res.status}` };
    const body = (await res.json()) as { id: string; ridesLeft: number; tier: string };
    if (body.ridesLeft <= 0) return { status: "used", ticketId: body.id };
    return { status: "valid", ticketId: body.id, rides: body.ridesLeft, vip: body.tier === "vip" };
  } catch (err) {
    return { status: "unavailable", reason: err instanceof Error ? err.message : String(err) };
  }
}

async function consumeRide(ticketId: string, cabin: number, signal: AbortSignal): Promise<void> {
  const res = await fetch(`${TICKETING_URL}/${ticketId}/rides`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ cabin }),
    signal,
  });
  if (!res.ok) throw new Error(`could not consume ride: HTTP ${res.status}`);
}

export async function scanAtGate(barcode: string, ctx: ScanContext): Promise<boolean> {
  const lookup = await lookupTicket(barcode, ctx.signal);

  switch (lookup.status) {
    case "valid":
      await consumeRide(lookup.ticketId, ctx.cabinNumber, ctx.signal);
      gateDisplay.show(ctx.gate, lookup.vip ? "Welcome aboard — VIP cabin" : `Enjoy the ride (${lookup.rides - 1} left)`, "green");
      boardingLog.record({ gate: ctx.gate, cabin: ctx.cabinNumber, ticketId: lookup.ticketId, outcome: "boarded" });
      return true;
    case "used":
      gateDisplay.show(ctx.gate, "Ticket already used", "red");
      boardingLog.record({ gate: ctx.gate, cabin: ctx.cabinNumber, ticketId: lookup.ticketId, outcome: "used" });
      return false;
    case "unknown":
      gateDisplay.show(ctx.gate, "Ticket not recognised", "red");
      boardingLog.record({ gate: ctx.gate, cabin: ctx.cabinNumber, outcome: "unknown" });
      return false;
    case "unavailable":
      gateDisplay.show(ctx.gate, "Please see an attendant", "amber");
      boardingLog.record({ gate: ctx.gate, cabin: ctx.cabinNumber, outcome: `offline: ${lookup.reason}` });
      return false;
  }
}
