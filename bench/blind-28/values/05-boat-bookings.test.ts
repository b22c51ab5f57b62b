// expect: no-promise-as-value
// Bug: the "coxed four is free" test asserts assert.ok(bookings.isFree(...)) without awaiting, so it checks a Promise (always truthy).
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

type Hull = "single" | "double" | "coxed-four" | "eight";

interface Booking {
  boat: string;
  hull: Hull;
  member: string;
  start: Date;
  end: Date;
}

class BoatBookings {
  private readonly bookings: Booking[] = [];

  constructor(private readonly riverOpen: () => Promise<boolean>) {}

  private overlaps(a: Booking, start: Date, end: Date): boolean {
    return a.start < end && start < a.end;
  }

  async isFree(boat: string, start: Date, end: Date): Promise<boolean> {
    if (!(await this.riverOpen())) return false;
    return !this.bookings.some((b) => b.boat === boat && this.overlaps(b, start, end));
  }

  async book(b: Booking): Promise<Booking> {
    if (!(await this.isFree(b.boat, b.start, b.end))) {
      throw new Error(`${b.boat} is not available ${b.start.toISOString()}`);
    }
    this.bookings.push(b);
    return b;
  }

  forMember(member: string): Booking[] {
    return this.bookings.filter((b) => b.member === member);
  }
}

const at = (hhmm: string) => new Date(`2024-06-15T${hhmm}:00Z`);

describe("BoatBookings", () => {
  let riverOpen: boolean;
  let bookings: BoatBookings;

  beforeEach(() => {
    riverOpen = true;
    bookings = new BoatBookings(async () => riverOpen);
  });

  it("accepts a booking on an empty rack", async () => {
    const b = await bookings.book({
      boat: "Thames Lady",
      hull: "eight",
      member: "m-101",
      start: at("06:00"),
      end: at("07:30"),
    });
    assert.equal(b.boat, "Thames Lady");
    assert.equal(bookings.forMember("m-101").length, 1);
  });

  it("refuses overlapping sessions on the same hull", async () => {
    await bookings.book({ boat: "Kingfisher", hull: "single", member: "m-7", start: at("08:00"), end: at("09:00") });
    await assert.rejects(
      bookings.book({ boat: "Kingfisher", hull: "single", member: "m-9", start: at("08:30"), end: at("09:30") }),
      /not available/,
    );
  });

  it("treats the coxed four as free once the earlier crew is back", async () => {
    await bookings.book({ boat: "Heron", hull: "coxed-four", member: "m-3", start: at("06:00"), end: at("07:00") });
    assert.ok(bookings.isFree("Heron", at("07:00"), at("08:00")));
  });

  it("blocks everything when the river is closed for flood warnings", async () => {
    riverOpen = false;
    assert.equal(await bookings.isFree("Kingfisher", at("10:00"), at("11:00")), false);
  });
});
