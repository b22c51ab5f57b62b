// expect: none
// refunds run through allSettled with every result's status checked, subtests are awaited, and the forEach callbacks are synchronous
import { test } from "node:test";
import assert from "node:assert/strict";

interface Ticket {
  ticketId: string;
  showId: string;
  priceCents: number;
  paidWith: "card" | "voucher";
}

interface RefundOutcome {
  refunded: string[];
  failed: { ticketId: string; reason: string }[];
  totalCents: number;
}

type RefundGateway = (ticket: Ticket) => Promise<number>;

async function refundCancelledShow(tickets: Ticket[], gateway: RefundGateway): Promise<RefundOutcome> {
  const results = await Promise.allSettled(tickets.map((t) => gateway(t)));
  const outcome: RefundOutcome = { refunded: [], failed: [], totalCents: 0 };
  results.forEach((result, i) => {
    const ticket = tickets[i];
    if (result.status === "fulfilled") {
      outcome.refunded.push(ticket.ticketId);
      outcome.totalCents += result.value;
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      outcome.failed.push({ ticketId: ticket.ticketId, reason });
    }
  });
  return outcome;
}

function makeTickets(showId: string, count: number): Ticket[] {
  return Array.from({ length: count }, (_, i) => ({
    ticketId: `${showId}-${i + 1}`,
    showId,
    priceCents: i % 3 === 0 ? 900 : 1450,
    paidWith: i % 4 === 0 ? "voucher" : "card",
  }));
}

test("refunds for a cancelled dome show", async (t) => {
  const tickets = makeTickets("aurora-2030", 8);

  await t.test("refunds every card ticket at face value", async () => {
    const gateway: RefundGateway = async (ticket) => ticket.priceCents;
    const outcome = await refundCancelledShow(tickets, gateway);
    assert.equal(outcome.refunded.length, 8);
    assert.equal(outcome.failed.length, 0);
    assert.equal(
      outcome.totalCents,
      tickets.reduce((sum, ticket) => sum + ticket.priceCents, 0),
    );
  });

  await t.test("collects failures without losing successful refunds", async () => {
    const gateway: RefundGateway = async (ticket) => {
      if (ticket.paidWith === "voucher") throw new Error("vouchers are reissued, not refunded");
      return ticket.priceCents;
    };
    const outcome = await refundCancelledShow(tickets, gateway);
    const vouchers = tickets.filter((ticket) => ticket.paidWith === "voucher");
    assert.equal(outcome.failed.length, vouchers.length);
    outcome.failed.forEach((f) => assert.match(f.reason, /reissued/));
    assert.equal(outcome.refunded.length + outcome.failed.length, tickets.length);
  });

  await t.test("handles non-Error rejections from the payment provider", async () => {
    const gateway: RefundGateway = (ticket) =>
      ticket.ticketId.endsWith("-2") ? Promise.reject("provider timeout") : Promise.resolve(ticket.priceCents);
    const outcome = await refundCancelledShow(tickets, gateway);
    assert.deepEqual(outcome.failed, [{ ticketId: "aurora-2030-2", reason: "provider timeout" }]);
  });

  await t.test("an empty show refunds nothing", async () => {
    const outcome = await refundCancelledShow([], async () => 0);
    assert.deepEqual(outcome, { refunded: [], failed: [], totalCents: 0 });
  });
});
