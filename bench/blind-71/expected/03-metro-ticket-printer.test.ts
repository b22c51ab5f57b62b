// expect: no-reused-settled-promise
// waitUntilIdle reads printer.status() once before the loop and re-awaits that same settled promise on every poll, so it never sees a new status.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface PrinterStatus {
  state: "idle" | "printing" | "jammed" | "paper-out";
  queued: number;
  ribbonPct: number;
}

interface TicketJob {
  fareZone: number;
  validFrom: string;
  passenger: "adult" | "concession" | "child";
}

interface TicketPrinter {
  status(): Promise<PrinterStatus>;
  submit(job: TicketJob): Promise<string>;
  cancelAll(): Promise<void>;
  close(): Promise<void>;
}

declare function connectTestPrinter(station: string): Promise<TicketPrinter>;

async function waitUntilIdle(printer: TicketPrinter, timeoutMs = 2000): Promise<PrinterStatus> {
  const deadline = Date.now() + timeoutMs;
  const current = printer.status();
  while (Date.now() < deadline) {
    const status = await current;
    if (status.state === "idle" && status.queued === 0) {
      return status;
    }
    if (status.state === "jammed" || status.state === "paper-out") {
      throw new Error(`printer stopped: ${status.state}`);
    }
    await delay(50);
  }
  throw new Error(`printer not idle after ${timeoutMs}ms`);
}

describe("platform ticket printer", () => {
  let printer: TicketPrinter;

  beforeEach(async () => {
    printer = await connectTestPrinter("central-2");
    await printer.cancelAll();
    await waitUntilIdle(printer);
  });

  afterEach(async () => {
    await printer.close();
  });

  it("prints a single adult ticket and returns to idle", async () => {
    const serial = await printer.submit({ fareZone: 2, validFrom: "2024-05-01T06:00:00Z", passenger: "adult" });
    assert.match(serial, /^T\d{8}$/);

    const status = await waitUntilIdle(printer);
    assert.equal(status.queued, 0);
  });

  it("drains a burst of concession tickets", async () => {
    const serials: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      serials.push(await printer.submit({ fareZone: 1, validFrom: "2024-05-01T06:00:00Z", passenger: "concession" }));
    }
    assert.equal(new Set(serials).size, 5);

    const status = await waitUntilIdle(printer, 5000);
    assert.ok(status.ribbonPct < 100);
  });

  it("refuses fare zones outside the network", async () => {
    await assert.rejects(
      printer.submit({ fareZone: 9, validFrom: "2024-05-01T06:00:00Z", passenger: "child" }),
      /fare zone/,
    );
  });
});
