// expect: no-promise-as-value
// hasCapacity became async when seat counts moved to the inventory service, but bookGroup still guards with !this.hasCapacity(...), and a promise is always truthy, so the guard never refuses and groups are booked onto full tours.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface Tour {
  id: string;
  startsAt: Date;
  maxVisitors: number;
  includesBrineLake: boolean;
}

export interface Group {
  leader: string;
  size: number;
  hasChildren: boolean;
}

export interface SeatInventory {
  booked(tourId: string): Promise<number>;
  hold(tourId: string, seats: number, ref: string): Promise<void>;
}

export class TourDesk extends EventEmitter {
  constructor(private readonly inventory: SeatInventory) {
    super();
  }

  async hasCapacity(tour: Tour, seats: number): Promise<boolean> {
    const booked = await this.inventory.booked(tour.id);
    return booked + seats <= tour.maxVisitors;
  }

  private eligible(tour: Tour, group: Group): string | null {
    if (group.size < 1) return 'a group needs at least one visitor';
    if (tour.includesBrineLake && group.hasChildren) return 'the brine lake boat is adults only';
    if (tour.startsAt.getTime() - Date.now() < 30 * 60_000) return 'bookings close 30 minutes before descent';
    return null;
  }

  async bookGroup(tour: Tour, group: Group): Promise<{ ref: string } | { refused: string }> {
    const problem = this.eligible(tour, group);
    if (problem) return { refused: problem };

    if (!this.hasCapacity(tour, group.size)) {
      this.emit('waitlisted', { tourId: tour.id, leader: group.leader });
      return { refused: 'tour is full' };
    }

    const ref = `SM-${randomUUID().slice(0, 8).toUpperCase()}`;
    await this.inventory.hold(tour.id, group.size, ref);
    this.emit('booked', { ref, tourId: tour.id, leader: group.leader, size: group.size });
    return { ref };
  }
}
