// expect: none
// Each waitlist deferred is removed from the queue before it is settled, and its expiry timer is cleared, so a seat, an expiry or a class cancellation can settle it only once.
export interface CarvingClass {
  id: string;
  title: string;
  capacity: number;
  startsAt: Date;
}

export interface SeatGrant {
  classId: string;
  student: string;
  seatNumber: number;
}

interface Waiter {
  student: string;
  deferred: PromiseWithResolvers<SeatGrant>;
  timer: NodeJS.Timeout;
}

export class WaitlistClosedError extends Error {
  constructor(classId: string, reason: string) {
    super(`waitlist for ${classId} closed: ${reason}`);
    this.name = 'WaitlistClosedError';
  }
}

export class SoapCarvingWaitlist {
  private readonly seated = new Set<number>();
  private readonly queue: Waiter[] = [];

  constructor(private readonly course: CarvingClass) {}

  join(student: string, maxWaitMs: number): Promise<SeatGrant> {
    const seat = this.freeSeat();
    if (seat !== undefined) {
      this.seated.add(seat);
      return Promise.resolve({ classId: this.course.id, student, seatNumber: seat });
    }

    const deferred = Promise.withResolvers<SeatGrant>();
    const waiter: Waiter = {
      student,
      deferred,
      timer: setTimeout(() => {
        if (this.take(waiter)) {
          deferred.reject(new Error(`${student} waited more than ${maxWaitMs}ms for ${this.course.title}`));
        }
      }, maxWaitMs),
    };
    this.queue.push(waiter);
    return deferred.promise;
  }

  release(seatNumber: number): void {
    this.seated.delete(seatNumber);
    const next = this.queue[0];
    if (!next || !this.take(next)) return;
    this.seated.add(seatNumber);
    next.deferred.resolve({ classId: this.course.id, student: next.student, seatNumber });
  }

  cancelClass(reason: string): void {
    for (const waiter of [...this.queue]) {
      if (this.take(waiter)) {
        waiter.deferred.reject(new WaitlistClosedError(this.course.id, reason));
      }
    }
  }

  get waiting(): number {
    return this.queue.length;
  }

  private take(waiter: Waiter): boolean {
    const index = this.queue.indexOf(waiter);
    if (index === -1) return false;
    this.queue.splice(index, 1);
    clearTimeout(waiter.timer);
    return true;
  }

  private freeSeat(): number | undefined {
    for (let n = 1; n <= this.course.capacity; n++) {
      if (!this.seated.has(n)) return n;
    }
    return undefined;
  }
}
