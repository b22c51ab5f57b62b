// expect: no-uncalled-async-function
// Promise.all is handed this.loadForecast itself rather than this.loadForecast(), so the weather card renders a function instead of a forecast.
export interface Yurt {
  id: string;
  beds: number;
  hasStove: boolean;
  status: 'ready' | 'occupied' | 'maintenance';
}

export interface Booking {
  yurtId: string;
  guest: string;
  arrival: string;
  nights: number;
}

export interface Forecast {
  nightLowC: number;
  windKph: number;
  snowCm: number;
}

export interface DashboardCard {
  title: string;
  data: unknown;
  severity?: 'info' | 'warn';
}

declare const campDb: {
  yurts(campId: string): Promise<Yurt[]>;
  bookingsBetween(campId: string, from: Date, to: Date): Promise<Booking[]>;
};
declare const weatherApi: { forecast(lat: number, lon: number): Promise<Forecast> };

export class CampDashboard {
  constructor(
    private readonly campId: string,
    private readonly coords: { lat: number; lon: number },
  ) {}

  async loadForecast(): Promise<Forecast> {
    return weatherApi.forecast(this.coords.lat, this.coords.lon);
  }

  async upcomingBookings(days: number): Promise<Booking[]> {
    const from = new Date();
    const to = new Date(from.getTime() + days * 86_400_000);
    return campDb.bookingsBetween(this.campId, from, to);
  }

  async build(): Promise<DashboardCard[]> {
    const [yurts, bookings, forecast] = await Promise.all([
      campDb.yurts(this.campId),
      this.upcomingBookings(14),
      this.loadForecast,
    ]);

    const ready = yurts.filter((y) => y.status === 'ready');
    const stoveless = ready.filter((y) => !y.hasStove).map((y) => y.id);
    const arrivalsByDay = new Map<string, number>();
    for (const booking of bookings) {
      arrivalsByDay.set(booking.arrival, (arrivalsByDay.get(booking.arrival) ?? 0) + 1);
    }

    const cards: DashboardCard[] = [
      { title: 'Ready yurts', data: { count: ready.length, beds: ready.reduce((n, y) => n + y.beds, 0) } },
      { title: 'Arrivals (14 days)', data: Object.fromEntries(arrivalsByDay) },
      { title: 'Weather', data: forecast },
    ];
    if (stoveless.length > 0) {
      cards.push({ title: 'Yurts without stoves', data: stoveless, severity: 'warn' });
    }
    const maintenance = yurts.filter((y) => y.status === 'maintenance').length;
    if (maintenance > yurts.length / 4) {
      cards.push({ title: 'Maintenance backlog', data: { maintenance }, severity: 'warn' });
    }
    return cards;
  }
}
