// expect: none
// The prefetched weather lookup gets both fulfil and reject handlers the moment it is created, so the derived promise can never reject and it is safe to hold across other awaits or drop on the early-return path.
export interface BookingRequest {
  tourId: string;
  date: string;
  party: number;
  email: string;
}

export interface Forecast {
  rainChance: number;
  windKph: number;
}

export interface WeatherService {
  forecast(date: string): Promise<Forecast>;
}

export interface Inventory {
  seatsLeft(tourId: string, date: string): Promise<number>;
  reserve(tourId: string, date: string, party: number): Promise<string>;
}

export interface CheckoutResult {
  status: 'booked' | 'full' | 'invalid';
  reference?: string;
  advisory?: string;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
}

export class TourCheckout {
  constructor(
    private readonly weather: WeatherService,
    private readonly inventory: Inventory,
  ) {}

  async checkout(req: BookingRequest): Promise<CheckoutResult> {
    // Start the slow forecast call early; it is advisory only and must never fail a booking.
    const forecast = settle(this.weather.forecast(req.date));

    if (req.party < 1 || req.party > 12 || !req.email.includes('@')) {
      return { status: 'invalid' };
    }

    const seats = await this.inventory.seatsLeft(req.tourId, req.date);
    if (seats < req.party) {
      return { status: 'full' };
    }

    const reference = await this.inventory.reserve(req.tourId, req.date, req.party);
    const weather = await forecast;

    let advisory: string | undefined;
    if (weather.ok && weather.value.rainChance > 0.6) {
      advisory = 'Rain likely — the cemetery leg moves indoors to the old crypt.';
    } else if (weather.ok && weather.value.windKph > 45) {
      advisory = 'High winds expected; lanterns will be battery-powered tonight.';
    }
    return { status: 'booked', reference, advisory };
  }
}
