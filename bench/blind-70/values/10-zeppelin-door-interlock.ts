// expect: none
// correct: the wind reading set by the 'wind' listener is read only inside later event handlers and after `await once(...)`, never synchronously after subscribing.
import { EventEmitter, once } from 'node:events';

export interface WindSample {
  knots: number;
  gustKnots: number;
  bearingDeg: number;
}

export type DoorState = 'closed' | 'opening' | 'open' | 'closing' | 'held';

declare const doorMotors: {
  drive(direction: 'open' | 'close'): void;
  halt(): void;
};

const MAX_GUST_FOR_MOVEMENT = 22;

export class HangarDoorInterlock extends EventEmitter {
  private wind: WindSample | undefined;
  private state: DoorState = 'closed';

  constructor(private readonly anemometer: EventEmitter) {
    super();
    anemometer.on('wind', (sample: WindSample) => {
      this.wind = sample;
      if (this.isMoving() && sample.gustKnots > MAX_GUST_FOR_MOVEMENT) {
        doorMotors.halt();
        this.setState('held');
      }
    });
    this.on('limitSwitch', (position: 'open' | 'closed') => {
      if (this.state === 'opening' && position === 'open') this.setState('open');
      if (this.state === 'closing' && position === 'closed') this.setState('closed');
    });
  }

  private isMoving(): boolean {
    return this.state === 'opening' || this.state === 'closing';
  }

  private setState(next: DoorState): void {
    this.state = next;
    this.emit('state', next);
  }

  async waitForWind(timeoutMs: number): Promise<WindSample> {
    if (this.wind) {
      return this.wind;
    }
    const [sample] = (await once(this.anemometer, 'wind', { signal: AbortSignal.timeout(timeoutMs) })) as [WindSample];
    return sample;
  }

  async open(): Promise<DoorState> {
    const wind = await this.waitForWind(10_000);
    if (wind.gustKnots > MAX_GUST_FOR_MOVEMENT) {
      this.setState('held');
      return this.state;
    }
    this.setState('opening');
    doorMotors.drive('open');
    const [finalState] = (await once(this, 'state')) as [DoorState];
    return finalState;
  }

  async close(): Promise<DoorState> {
    if (this.state === 'closed') {
      return this.state;
    }
    this.setState('closing');
    doorMotors.drive('close');
    const [finalState] = (await once(this, 'state')) as [DoorState];
    return finalState;
  }
}
