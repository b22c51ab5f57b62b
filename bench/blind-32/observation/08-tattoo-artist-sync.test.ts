// expect: none
// syncCalendars narrows every Promise.allSettled entry on status before reading value or reason, and the tests await every promise they create.
import { describe, it } from "node:test";
import assert from "node:assert/strict";

interface Appointment {
  artistId: string;
  clientName: string;
  start: string;
  hours: number;
  design: string;
}

type CalendarSource = (artistId: string) => Promise<Appointment[]>;

interface SyncReport {
  appointments: Appointment[];
  failedArtists: Array<{ artistId: string; error: string }>;
}

async function syncCalendars(artistIds: string[], source: CalendarSource): Promise<SyncReport> {
  const results = await Promise.allSettled(artistIds.map((id) => source(id)));
  const appointments: Appointment[] = [];
  const failedArtists: SyncReport["failedArtists"] = [];

  results.forEach((result, index) => {
    if (result.status === "fulfilled") {
      appointments.push(...result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failedArtists.push({ artistId: artistIds[index], error: reason });
    }
  });

  appointments.sort((a, b) => a.start.localeCompare(b.start) || a.artistId.localeCompare(b.artistId));
  return { appointments, failedArtists };
}

function appt(artistId: string, start: string, design = "fine-line rose"): Appointment {
  return { artistId, clientName: "Sam", start, hours: 2, design };
}

function fakeSource(data: Record<string, Appointment[] | Error>): CalendarSource {
  return async (artistId) => {
    await new Promise((r) => setImmediate(r));
    const entry = data[artistId];
    if (entry instanceof Error) throw entry;
    return entry ?? [];
  };
}

describe("syncCalendars", () => {
  it("merges calendars in start order", async () => {
    const source = fakeSource({
      mara: [appt("mara", "2025-06-02T13:00"), appt("mara", "2025-06-02T10:00")],
      jun: [appt("jun", "2025-06-02T11:00", "koi sleeve, session 3")],
    });
    const report = await syncCalendars(["mara", "jun"], source);
    assert.deepEqual(
      report.appointments.map((a) => `${a.artistId}@${a.start.slice(11)}`),
      ["mara@10:00", "jun@11:00", "mara@13:00"],
    );
    assert.deepEqual(report.failedArtists, []);
  });

  it("keeps going when one artist's calendar is unreachable", async () => {
    const source = fakeSource({
      mara: [appt("mara", "2025-06-02T10:00")],
      jun: new Error("google calendar token expired"),
    });
    const report = await syncCalendars(["mara", "jun"], source);
    assert.equal(report.appointments.length, 1);
    assert.deepEqual(report.failedArtists, [{ artistId: "jun", error: "google calendar token expired" }]);
  });

  it("reports non-Error rejections as strings", async () => {
    const source: CalendarSource = (artistId) =>
      artistId === "odd" ? Promise.reject("rate limited") : Promise.resolve([]);
    const report = await syncCalendars(["odd", "ok"], source);
    assert.deepEqual(report.failedArtists, [{ artistId: "odd", error: "rate limited" }]);
  });

  it("returns an empty report for an empty studio", async () => {
    const report = await syncCalendars([], fakeSource({}));
    assert.deepEqual(report, { appointments: [], failedArtists: [] });
  });
});
