// expect: none
// The connect wrapper settles on exactly one of 'connect', 'error' or 'timeout' and removes the other listeners; write callbacks fire once.
import { connect, type Socket } from 'node:net';

export interface CraneEndpoint {
  craneId: string;
  host: string;
  port: number;
}

export interface MoveOrder {
  berth: number;
  containerId: string;
  fromBay: number;
  toBay: number;
  window: { start: Date; end: Date };
}

declare const yardMetrics: {
  timing(name: string, ms: number, tags?: Record<string, string>): void;
  increment(name: string, tags?: Record<string, string>): void;
};

function openCraneLink(endpoint: CraneEndpoint, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const socket = connect({ host: endpoint.host, port: endpoint.port });
    socket.setTimeout(timeoutMs);

    const cleanup = () => {
      socket.off('connect', onConnect);
      socket.off('error', onError);
      socket.off('timeout', onTimeout);
    };
    const onConnect = () => {
      cleanup();
      socket.setTimeout(0);
      yardMetrics.timing('crane.link.connect', Date.now() - startedAt, { crane: endpoint.craneId });
      resolve(socket);
    };
    const onError = (err: Error) => {
      cleanup();
      socket.destroy();
      reject(err);
    };
    const onTimeout = () => {
      cleanup();
      socket.destroy();
      yardMetrics.increment('crane.link.timeout', { crane: endpoint.craneId });
      reject(new Error(`crane ${endpoint.craneId} did not accept a link within ${timeoutMs}ms`));
    };

    socket.once('connect', onConnect);
    socket.once('error', onError);
    socket.once('timeout', onTimeout);
  });
}

function writeFrame(socket: Socket, frame: string): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(frame + '\r\n', 'ascii', (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
}

function encodeMove(order: MoveOrder): string {
  return [
    'MOVE',
    order.berth.toString().padStart(2, '0'),
    order.containerId,
    order.fromBay.toString().padStart(3, '0'),
    order.toBay.toString().padStart(3, '0'),
    Math.floor(order.window.start.getTime() / 1000),
    Math.floor(order.window.end.getTime() / 1000),
  ].join('|');
}

export async function pushShiftPlan(endpoint: CraneEndpoint, orders: MoveOrder[]): Promise<number> {
  const sorted = [...orders].sort((a, b) => a.window.start.getTime() - b.window.start.getTime());
  const socket = await openCraneLink(endpoint, 5_000);
  socket.on('error', () => yardMetrics.increment('crane.link.error', { crane: endpoint.craneId }));
  let sent = 0;
  try {
    await writeFrame(socket, `HELLO|${endpoint.craneId}`);
    for (const order of sorted) {
      if (order.window.end.getTime() < Date.now()) {
        yardMetrics.increment('crane.move.expired', { crane: endpoint.craneId });
        continue;
      }
      await writeFrame(socket, encodeMove(order));
      sent += 1;
    }
    await writeFrame(socket, 'END');
  } finally {
    socket.end();
  }
  return sent;
}
