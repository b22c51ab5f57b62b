// expect: no-floating-promises
// The 'arrival' listener is async, but EventEmitter ignores its returned promise, so failures from the manifest store or belt controller are never observed.
import { EventEmitter } from 'node:events';

export interface FlightArrival {
  flightNo: string;
  gate: string;
  bagCount: number;
  oversized: boolean;
}

export interface CarouselState {
  id: number;
  activeFlight: string | null;
  beltRunning: boolean;
  lastAssignedAt: number;
  handlesOversized: boolean;
}

declare const carouselController: {
  startBelt(carouselId: number): Promise<void>;
  stopBelt(carouselId: number): Promise<void>;
  setDisplay(carouselId: number, text: string): Promise<void>;
};

declare const manifestStore: {
  markCarousel(flightNo: string, carouselId: number): Promise<void>;
  clearCarousel(flightNo: string): Promise<void>;
};

const MIN_TURNAROUND_MS = 4 * 60_000;

export class CarouselAssigner extends EventEmitter {
  private readonly carousels: CarouselState[];

  constructor(count: number, oversizedIds: number[] = []) {
    super();
    this.carousels = Array.from({ length: count }, (_, i) => ({
      id: i + 1,
      activeFlight: null,
      beltRunning: false,
      lastAssignedAt: 0,
      handlesOversized: oversizedIds.includes(i + 1),
    }));

    this.on('arrival', async (arrival: FlightArrival) => {
      const carousel = this.pickCarousel(arrival);
      if (!carousel) {
        this.emit('overflow', arrival);
        return;
      }
      carousel.activeFlight = arrival.flightNo;
      carousel.lastAssignedAt = Date.now();

      await manifestStore.markCarousel(arrival.flightNo, carousel.id);
      await carouselController.setDisplay(carousel.id, `${arrival.flightNo}  ${arrival.bagCount} bags`);
      await carouselController.startBelt(carousel.id);
      carousel.beltRunning = true;
      this.emit('assigned', { flightNo: arrival.flightNo, carouselId: carousel.id });
    });
  }

  private pickCarousel(arrival: FlightArrival): CarouselState | undefined {
    const now = Date.now();
    const free = this.carousels.filter((c) => c.activeFlight === null && now - c.lastAssignedAt >= MIN_TURNAROUND_MS);
    const suitable = arrival.oversized ? free.filter((c) => c.handlesOversized) : free;
    // Prefer the carousel that has been idle the longest so belt wear evens out.
    return suitable.sort((a, b) => a.lastAssignedAt - b.lastAssignedAt)[0];
  }

  async release(flightNo: string): Promise<boolean> {
    const carousel = this.carousels.find((c) => c.activeFlight === flightNo);
    if (!carousel) return false;

    if (carousel.beltRunning) {
      await carouselController.stopBelt(carousel.id);
      carousel.beltRunning = false;
    }
    await carouselController.setDisplay(carousel.id, '');
    await manifestStore.clearCarousel(flightNo);
    carousel.activeFlight = null;
    this.emit('released', { flightNo, carouselId: carousel.id });
    return true;
  }

  snapshot(): ReadonlyArray<Readonly<CarouselState>> {
    return this.carousels.map((c) => ({ ...c }));
  }
}
