// expect: no-promise-as-value
// The inspection record nests this.sensors.readTorque(liftId) without awaiting it, and JSON.stringify turns the pending Promise into {}, so every published inspection carries an empty torque reading and the compliance archive has no brake data.
import { EventEmitter } from 'node:events';

export interface TorqueReading {
  newtonMetres: number;
  brakeTempC: number;
}

export interface LiftSensors {
  readTorque(liftId: string): Promise<TorqueReading>;
  ropeTensionKn(liftId: string): number;
}

export interface MessageBus {
  publish(topic: string, payload: string): Promise<void>;
}

export interface InspectionInput {
  liftId: string;
  inspector: string;
  checklist: Record<string, boolean>;
  notes?: string;
}

export class InspectionPublisher extends EventEmitter {
  private sequence = 0;

  constructor(
    private readonly sensors: LiftSensors,
    private readonly bus: MessageBus,
    private readonly resort: string,
  ) {
    super();
  }

  private failedItems(checklist: Record<string, boolean>): string[] {
    return Object.entries(checklist)
      .filter(([, ok]) => !ok)
      .map(([item]) => item);
  }

  async submit(input: InspectionInput): Promise<string> {
    const failed = this.failedItems(input.checklist);
    this.sequence += 1;
    const id = `${this.resort}-${input.liftId}-${new Date().toISOString().slice(0, 10)}-${this.sequence}`;

    const record = {
      id,
      liftId: input.liftId,
      inspector: input.inspector,
      at: new Date().toISOString(),
      ropeTensionKn: this.sensors.ropeTensionKn(input.liftId),
      torque: this.sensors.readTorque(input.liftId),
      failed,
      cleared: failed.length === 0,
      notes: input.notes?.trim() || undefined,
    };

    await this.bus.publish(`lifts/${input.liftId}/inspections`, JSON.stringify(record));
    this.emit('submitted', { id, cleared: record.cleared });
    if (!record.cleared) {
      this.emit('hold', { liftId: input.liftId, items: failed });
    }
    return id;
  }
}
