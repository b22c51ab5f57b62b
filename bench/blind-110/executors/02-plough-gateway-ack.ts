// expect: no-multiple-settle
// awaitAck() settles only on a matching reply line or a socket error, so if the radio gateway closes the connection cleanly before answering, the dispatch promise never settles.
import { connect, type Socket } from 'node:net';

export interface PloughOrder {
  orderId: string;
  unitId: string;
  routeCode: string;
  priority: 'arterial' | 'residential' | 'school';
}

export interface DispatchReceipt {
  orderId: string;
  unitId: string;
  ackedAt: Date;
  etaMin: number;
}

export class GatewayClient {
  private socket: Socket | null = null;
  private buffer = '';

  constructor(private readonly host: string, private readonly port: number) {}

  private async open(): Promise<Socket> {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const sock = await new Promise<Socket>((resolve, reject) => {
      const s = connect({ host: this.host, port: this.port });
      const onError = (err: Error) => {
        s.off('connect', onConnect);
        reject(err);
      };
      const onConnect = () => {
        s.off('error', onError);
        resolve(s);
      };
      s.once('error', onError);
      s.once('connect', onConnect);
    });
    sock.setEncoding('utf8');
    sock.on('error', () => {
      this.socket = null;
    });
    this.socket = sock;
    this.buffer = '';
    return sock;
  }

  private awaitAck(sock: Socket, order: PloughOrder): Promise<DispatchReceipt> {
    return new Promise<DispatchReceipt>((resolve, reject) => {
      const onData = (chunk: string) => {
        this.buffer += chunk;
        let nl: number;
        while ((nl = this.buffer.indexOf('\n')) >= 0) {
          const line = this.buffer.slice(0, nl).trim();
          this.buffer = this.buffer.slice(nl + 1);
          const [kind, id, unitId, eta] = line.split('|');
          if (id !== order.orderId) continue;
          cleanup();
          if (kind === 'ACK') {
            resolve({ orderId: order.orderId, unitId: unitId ?? order.unitId, ackedAt: new Date(), etaMin: Number(eta) });
          } else {
            reject(new Error(`gateway refused ${order.orderId} for ${order.unitId}: ${line}`));
          }
          return;
        }
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        sock.off('data', onData);
        sock.off('error', onError);
      };
      sock.on('data', onData);
      sock.on('error', onError);
    });
  }

  async dispatch(order: PloughOrder): Promise<DispatchReceipt> {
    const sock = await this.open();
    sock.write(`ORDER|${order.orderId}|${order.unitId}|${order.routeCode}|${order.priority}\n`);
    return this.awaitAck(sock, order);
  }
}

export async function dispatchStormPlan(client: GatewayClient, orders: PloughOrder[]): Promise<DispatchReceipt[]> {
  const byPriority = [...orders].sort((a, b) => rank(a.priority) - rank(b.priority));
  const receipts: DispatchReceipt[] = [];
  for (const order of byPriority) {
    receipts.push(await client.dispatch(order));
  }
  return receipts;
}

function rank(p: PloughOrder['priority']): number {
  return p === 'arterial' ? 0 : p === 'school' ? 1 : 2;
}
