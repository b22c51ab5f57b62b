// expect: none
// The pressure listener and the escalation timer are plain synchronous callbacks that attach .catch to every async call and route failures to the watchdog's 'error' event, so no promise is left floating.
import { EventEmitter } from 'node:events';

export interface PressureSensor extends EventEmitter<{ pressure: [burner: string, psi: number] }> {}

export interface CrewRadio {
  broadcast(channel: number, message: string): Promise<void>;
}

export interface FlightLog {
  append(entry: { at: Date; burner: string; psi: number; note: string }): Promise<void>;
}

export class BurnerWatchdog extends EventEmitter<{ error: [Error] }> {
  private readonly escalations = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly sensor: PressureSensor,
    private readonly radio: CrewRadio,
    private readonly log: FlightLog,
    private readonly minPsi = 85,
    private readonly escalateAfterMs = 20_000,
  ) {
    super();
  }

  arm(): void {
    this.sensor.on('pressure', this.onPressure);
  }

  disarm(): void {
    this.sensor.off('pressure', this.onPressure);
    for (const timer of this.escalations.values()) clearTimeout(timer);
    this.escalations.clear();
  }

  private readonly onPressure = (burner: string, psi: number): void => {
    if (psi >= this.minPsi) {
      const pending = this.escalations.get(burner);
      if (pending) {
        clearTimeout(pending);
        this.escalations.delete(burner);
      }
      return;
    }

    this.record(burner, psi, 'low fuel pressure').catch((err: Error) => this.emit('error', err));

    if (!this.escalations.has(burner)) {
      const timer = setTimeout(() => {
        this.escalations.delete(burner);
        this.radio
          .broadcast(16, `Burner ${burner} below ${this.minPsi} psi for ${this.escalateAfterMs / 1000}s – prepare to land`)
          .catch((err: Error) => this.emit('error', err));
      }, this.escalateAfterMs);
      this.escalations.set(burner, timer);
    }
  };

  private async record(burner: string, psi: number, note: string): Promise<void> {
    await this.log.append({ at: new Date(), burner, psi, note });
  }
}
