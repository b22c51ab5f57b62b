// expect: no-floating-promises
// The async 'rain' listener's promise is dropped by EventEmitter, so when closing the shutter fails the rejection is unhandled (crashing the observatory daemon) and nobody learns the dome was left open in the rain.
import { EventEmitter } from 'node:events';

interface WeatherStation extends EventEmitter {
  readonly stationId: string;
}

interface Shutter {
  close(): Promise<void>;
  isClosed(): Promise<boolean>;
}

interface Mount {
  park(): Promise<void>;
  stopTracking(): Promise<void>;
}

interface Pager {
  alert(message: string): Promise<void>;
}

export interface SafetyState {
  safe: boolean;
  lastEvent: string;
  since: Date;
}

export class WeatherSafetyMonitor {
  private state: SafetyState = { safe: true, lastEvent: 'startup', since: new Date() };

  constructor(
    private readonly station: WeatherStation,
    private readonly shutter: Shutter,
    private readonly mount: Mount,
    private readonly pager: Pager,
  ) {}

  get current(): SafetyState {
    return { ...this.state };
  }

  attach(): void {
    this.station.on('rain', async (mmPerHour: number) => {
      this.mark(false, `rain ${mmPerHour}mm/h`);
      await this.mount.stopTracking();
      await this.shutter.close();
      await this.mount.park();
    });

    this.station.on('clear', () => {
      this.mark(true, 'sky clear');
    });
  }

  async verifyClosed(): Promise<boolean> {
    const closed = await this.shutter.isClosed();
    if (!closed && !this.state.safe) {
      await this.pager.alert(`dome ${this.station.stationId} open during ${this.state.lastEvent}`);
    }
    return closed;
  }

  private mark(safe: boolean, lastEvent: string): void {
    this.state = { safe, lastEvent, since: new Date() };
  }
}
