// expect: no-unchecked-settled-results
// The allSettled results are only counted, never checked for status 'rejected', so a car whose inspection threw (sensor fault, rig timeout) counts as inspected and the ride is reopened unchecked.
export interface Car {
  id: string;
  train: 'red' | 'blue';
  seats: number;
}

export interface CarReport {
  carId: string;
  brakeFinPadMm: number;
  restraintsLatched: number;
}

export interface InspectionRig {
  inspect(car: Car): Promise<CarReport>;
}

export interface RideControl {
  reopen(ride: string, note: string): Promise<void>;
  holdClosed(ride: string, reason: string): Promise<void>;
}

export interface MaintenanceLog {
  append(entry: { ride: string; at: Date; message: string }): void;
}

const MIN_PAD_MM = 4;

export class MorningCheck {
  private readonly defects = new Map<string, string>();

  constructor(
    private readonly rig: InspectionRig,
    private readonly control: RideControl,
    private readonly log: MaintenanceLog,
  ) {}

  private async checkCar(ride: string, car: Car): Promise<void> {
    const report = await this.rig.inspect(car);
    if (report.brakeFinPadMm < MIN_PAD_MM) {
      this.defects.set(car.id, `brake fin pad ${report.brakeFinPadMm}mm`);
    } else if (report.restraintsLatched < car.seats) {
      this.defects.set(car.id, `${car.seats - report.restraintsLatched} restraints failed to latch`);
    }
    this.log.append({ ride, at: new Date(), message: `car ${car.id} inspected` });
  }

  async run(ride: string, cars: readonly Car[]): Promise<boolean> {
    this.defects.clear();
    // allSettled so one slow car on the rig doesn't stop the rest from being checked
    const results = await Promise.allSettled(cars.map((car) => this.checkCar(ride, car)));

    if (this.defects.size > 0) {
      const summary = [...this.defects].map(([id, what]) => `${id}: ${what}`).join('; ');
      await this.control.holdClosed(ride, summary);
      this.log.append({ ride, at: new Date(), message: `held closed — ${summary}` });
      return false;
    }

    const message = `${results.length}/${cars.length} cars inspected, no defects`;
    await this.control.reopen(ride, message);
    this.log.append({ ride, at: new Date(), message });
    return true;
  }
}
