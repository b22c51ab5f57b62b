// expect: no-floating-promises
// confirmBooking calls this.briefGuide(...) as a bare statement, so the SMS briefing runs detached and any failure becomes an unhandled rejection.
export interface TourSlot {
  slotId: string;
  forest: string;
  date: string;
  guideId: string;
  capacity: number;
  season: 'spring-morels' | 'summer-chanterelles' | 'autumn-porcini';
}

export interface Booking {
  bookingId: string;
  slotId: string;
  leadGuest: string;
  phone: string;
  partySize: number;
  paymentIntent: string;
  dietaryNotes?: string;
}

declare const toursDb: {
  getSlot(slotId: string): Promise<TourSlot>;
  countBooked(slotId: string): Promise<number>;
  insertBooking(booking: Booking): Promise<void>;
  deleteBooking(bookingId: string): Promise<void>;
};

declare const payments: {
  capture(paymentIntent: string): Promise<{ receiptUrl: string }>;
};

declare const sms: {
  send(to: string, body: string): Promise<void>;
};

declare const guides: {
  phoneFor(guideId: string): Promise<string>;
};

export class SlotFullError extends Error {}

export class ForagingBookings {
  async confirmBooking(booking: Booking): Promise<string> {
    const slot = await toursDb.getSlot(booking.slotId);
    const booked = await toursDb.countBooked(slot.slotId);
    if (booked + booking.partySize > slot.capacity) {
      throw new SlotFullError(`${slot.forest} on ${slot.date} has ${slot.capacity - booked} places left`);
    }

    await toursDb.insertBooking(booking);

    let receiptUrl: string;
    try {
      ({ receiptUrl } = await payments.capture(booking.paymentIntent));
    } catch (err) {
      await toursDb.deleteBooking(booking.bookingId);
      throw err;
    }

    this.briefGuide(slot, booking);

    await sms.send(
      booking.phone,
      `Booked: ${slot.season.replace('-', ' ')} walk in ${slot.forest}, ${slot.date}. Bring a basket and a knife. Receipt: ${receiptUrl}`,
    );
    return receiptUrl;
  }

  private async briefGuide(slot: TourSlot, booking: Booking): Promise<void> {
    const guidePhone = await guides.phoneFor(slot.guideId);
    const notes = booking.dietaryNotes ? ` Dietary: ${booking.dietaryNotes}.` : '';
    await sms.send(
      guidePhone,
      `New party of ${booking.partySize} (${booking.leadGuest}) for ${slot.forest} ${slot.date}.${notes}`,
    );
  }

  async confirmMany(bookings: readonly Booking[]): Promise<{ confirmed: string[]; full: string[] }> {
    const confirmed: string[] = [];
    const full: string[] = [];
    for (const booking of bookings) {
      try {
        await this.confirmBooking(booking);
        confirmed.push(booking.bookingId);
      } catch (err) {
        if (err instanceof SlotFullError) full.push(booking.bookingId);
        else throw err;
      }
    }
    return { confirmed, full };
  }
}
