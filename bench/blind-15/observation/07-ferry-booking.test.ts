// expect: no-floating-promises
// The over-capacity test calls expect(...).rejects.toThrow() without awaiting it, so the assertion's promise is dropped and the test passes whatever happens.
import { randomUUID } from 'node:crypto';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;

interface AsyncMatchers {
  toThrow(expected?: string | RegExp): Promise<void>;
  toMatchObject(expected: object): Promise<void>;
}
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: AsyncMatchers;
  resolves: AsyncMatchers;
}
declare function expect<T>(actual: T): Matchers;

type VehicleClass = 'none' | 'car' | 'van' | 'motorcycle';

interface BookingRequest {
  sailingId: string;
  passengers: number;
  vehicle: VehicleClass;
  vehicleLengthM?: number;
}

interface Sailing {
  id: string;
  route: string;
  departsAt: Date;
  passengerCapacity: number;
  laneMetres: number;
}

declare class FerryBookingService {
  constructor(sailings: Sailing[]);
  book(req: BookingRequest): Promise<{ reference: string; fare: number }>;
  cancel(reference: string): Promise<void>;
  remaining(sailingId: string): { passengers: number; laneMetres: number };
}

describe('FerryBookingService', () => {
  let service: FerryBookingService;
  let sailing: Sailing;

  beforeEach(() => {
    sailing = {
      id: randomUUID(),
      route: 'Oban-Craignure',
      departsAt: new Date('2025-07-14T09:45:00Z'),
      passengerCapacity: 6,
      laneMetres: 12,
    };
    service = new FerryBookingService([sailing]);
  });

  it('books foot passengers and reduces capacity', async () => {
    const booking = await service.book({ sailingId: sailing.id, passengers: 2, vehicle: 'none' });
    expect(booking.fare).toBeGreaterThan(0);
    expect(service.remaining(sailing.id).passengers).toBe(4);
  });

  it('reserves lane metres for a car', async () => {
    await service.book({ sailingId: sailing.id, passengers: 1, vehicle: 'car', vehicleLengthM: 4.5 });
    expect(service.remaining(sailing.id).laneMetres).toBe(7.5);
  });

  it('refuses a booking that exceeds passenger capacity', async () => {
    await service.book({ sailingId: sailing.id, passengers: 5, vehicle: 'none' });
    expect(service.book({ sailingId: sailing.id, passengers: 2, vehicle: 'none' })).rejects.toThrow(/capacity/);
    expect(service.remaining(sailing.id).passengers).toBe(1);
  });

  it('refuses a van that does not fit the remaining lane', async () => {
    await service.book({ sailingId: sailing.id, passengers: 1, vehicle: 'car', vehicleLengthM: 5 });
    await expect(service.book({ sailingId: sailing.id, passengers: 1, vehicle: 'van', vehicleLengthM: 7.5 })).rejects.toThrow(/lane/);
  });

  it('returns capacity on cancellation', async () => {
    const { reference } = await service.book({ sailingId: sailing.id, passengers: 3, vehicle: 'none' });
    await service.cancel(reference);
    expect(service.remaining(sailing.id)).toEqual({ passengers: 6, laneMetres: 12 });
  });

  it('rejects unknown sailings', async () => {
    await expect(service.book({ sailingId: 'no-such-sailing', passengers: 1, vehicle: 'none' })).rejects.toMatchObject({
      code: 'SAILING_NOT_FOUND',
    });
  });
});
