// expect: no-read-before-settle
// occupancy() posts a 'count' request to the worker and immediately returns this.lastCount, which is only updated by the later 'message' event, so it reports the previous count.
import { Worker } from 'node:worker_threads';

export interface GateEvent {
  gate: 'foot' | 'vehicle' | 'cycle';
  direction: 'in' | 'out';
  ticketId: string;
  at: number;
}

interface CountReply {
  type: 'count';
  foot: number;
  vehicle: number;
  cycle: number;
}

export interface Occupancy {
  passengers: number;
  vehicles: number;
  cycles: number;
  percentFull: number;
}

const COUNTER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const counts = { foot: 0, vehicle: 0, cycle: 0 };
const seen = new Set();
parentPort.on('message', (msg) => {
  if (msg.type === 'event') {
    const key = msg.event.ticketId + ':' + msg.event.direction;
    if (seen.has(key)) return;
    seen.add(key);
    counts[msg.event.gate] += msg.event.direction === 'in' ? 1 : -1;
  } else if (msg.type === 'count') {
    parentPort.postMessage({ type: 'count', ...counts });
  }
});
`;

export class BoardingGateCounter {
  private readonly worker: Worker;
  private lastCount: CountReply = { type: 'count', foot: 0, vehicle: 0, cycle: 0 };

  constructor(
    private readonly passengerCapacity: number,
    private readonly vehicleLanes: number,
  ) {
    this.worker = new Worker(COUNTER_SOURCE, { eval: true });
    this.worker.on('message', (reply: CountReply) => {
      if (reply.type === 'count') this.lastCount = reply;
    });
    this.worker.on('error', (err) => {
      console.error('gate counter worker failed', err);
    });
  }

  record(event: GateEvent): void {
    this.worker.postMessage({ type: 'event', event });
  }

  occupancy(): Occupancy {
    this.worker.postMessage({ type: 'count' });
    const { foot, vehicle, cycle } = this.lastCount;
    // Every vehicle carries at least its driver, counted against the passenger certificate.
    const passengers = foot + vehicle;
    return {
      passengers,
      vehicles: vehicle,
      cycles: cycle,
      percentFull: Math.round((passengers / this.passengerCapacity) * 100),
    };
  }

  canBoardVehicle(): boolean {
    const o = this.occupancy();
    return o.vehicles < this.vehicleLanes && o.passengers < this.passengerCapacity;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export function gateMessage(o: Occupancy): string {
  if (o.percentFull >= 100) return 'SAILING FULL — foot passengers to next departure';
  if (o.percentFull >= 90) return `Final call: ${100 - o.percentFull}% space remaining`;
  return `Boarding: ${o.passengers} aboard, ${o.vehicles} vehicles, ${o.cycles} cycles`;
}
