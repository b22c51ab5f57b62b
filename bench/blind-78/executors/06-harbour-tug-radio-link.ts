// expect: none
// The 'data' listener fires many times but is removed the moment the matching ACK line arrives; error, close and timeout all settle through the same one-shot finish().
import { connect, type Socket } from 'node:net';

export type TugOrder =
  | { kind: 'assist'; vessel: string; berth: string; tugs: number }
  | { kind: 'standby'; station: string }
  | { kind: 'return-to-base' };

export interface OrderAck {
  tugCallsign: string;
  orderId: string;
  etaMinutes: number | null;
}

declare const dispatchConfig: { gatewayHost: string; gatewayPort: number; ackTimeoutMs: number };

let nextOrderSeq = 1;

function encode(callsign: string, orderId: string, order: TugOrder): string {
  return JSON.stringify({ to: callsign, id: orderId, ...order }) + '\n';
}

function parseAck(line: string): OrderAck | null {
  const match = /^ACK (\S+) (\S+)(?: ETA (\d+))?$/.exec(line.trim());
  if (!match) return null;
  return { tugCallsign: match[1], orderId: match[2], etaMinutes: match[3] ? Number(match[3]) : null };
}

export function sendOrder(callsign: string, order: TugOrder): Promise<OrderAck> {
  const orderId = `ORD-${Date.now().toString(36)}-${nextOrderSeq++}`;
  const socket: Socket = connect(dispatchConfig.gatewayPort, dispatchConfig.gatewayHost);
  socket.setEncoding('utf8');
  socket.setTimeout(dispatchConfig.ackTimeoutMs);

  return new Promise<OrderAck>((resolve, reject) => {
    let buffered = '';
    let done = false;

    const finish = (outcome: { ack: OrderAck } | { error: Error }) => {
      if (done) return;
      done = true;
      // error/close stay attached (they are no-ops once done) so a late ECONNRESET is never unhandled.
      socket.off('data', onData);
      socket.setTimeout(0);
      socket.end();
      if ('ack' in outcome) resolve(outcome.ack);
      else reject(outcome.error);
    };

    const onData = (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const ack = parseAck(line);
        if (ack && ack.orderId === orderId) {
          finish({ ack });
          return;
        }
      }
    };
    const onError = (err: Error) => finish({ error: err });
    const onClose = () => finish({ error: new Error(`gateway closed before ${callsign} acknowledged ${orderId}`) });
    const onTimeout = () => {
      finish({ error: new Error(`${callsign} did not acknowledge ${orderId} in time`) });
      socket.destroy();
    };

    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('close', onClose);
    socket.on('timeout', onTimeout);
    socket.once('connect', () => socket.write(encode(callsign, orderId, order)));
  });
}

export async function assignAssist(vessel: string, berth: string, callsigns: string[]): Promise<OrderAck[]> {
  const acks = await Promise.all(
    callsigns.map((callsign) => sendOrder(callsign, { kind: 'assist', vessel, berth, tugs: callsigns.length })),
  );
  return acks.sort((a, b) => (a.etaMinutes ?? Infinity) - (b.etaMinutes ?? Infinity));
}
