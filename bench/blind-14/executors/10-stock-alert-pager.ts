// expect: none
// Correct: each callback returns right after rejecting, the socket timer/listeners are cleaned up, and every path (connect error, timeout, write error, bad ack, close) settles exactly once.
import net from 'node:net';

export interface StockAlert {
  pharmacyId: string;
  ndc: string;
  drugName: string;
  onHand: number;
  reorderPoint: number;
}

const PAGER_HOST = process.env.PAGER_GATEWAY_HOST ?? '10.20.0.15';
const PAGER_PORT = Number(process.env.PAGER_GATEWAY_PORT ?? 7070);

function frame(alert: StockAlert): string {
  const severity = alert.onHand === 0 ? 'CRIT' : 'WARN';
  return `ALERT ${severity} ${alert.pharmacyId} ${alert.ndc} ${alert.onHand}/${alert.reorderPoint} ${alert.drugName.replace(/\s+/g, '_')}\r\n`;
}

export function sendStockAlert(alert: StockAlert, timeoutMs = 3_000): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = net.createConnection({ host: PAGER_HOST, port: PAGER_PORT });
    let reply = '';
    let settled = false;

    const done = (err: Error | null, ack?: string) => {
      if (settled) return;
      settled = true;
      socket.setTimeout(0);
      socket.removeAllListeners('data');
      socket.destroy();
      if (err) reject(err);
      else resolve(ack!);
    };

    socket.setTimeout(timeoutMs, () => done(new Error(`pager gateway timed out after ${timeoutMs}ms`)));
    socket.on('error', (err) => done(err));
    socket.on('close', () => done(new Error('pager gateway closed the connection without an ack')));

    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('ascii');
      const nl = reply.indexOf('\n');
      if (nl === -1) return;
      const line = reply.slice(0, nl).trim();
      if (!line.startsWith('ACK ')) {
        return done(new Error(`unexpected gateway reply: ${line}`));
      }
      done(null, line.slice(4));
    });

    socket.once('connect', () => {
      socket.write(frame(alert), (err) => {
        if (err) {
          return done(err);
        }
      });
    });
  });
}

export async function flushAlerts(alerts: StockAlert[]): Promise<{ sent: string[]; failed: StockAlert[] }> {
  const sent: string[] = [];
  const failed: StockAlert[] = [];
  for (const alert of alerts) {
    try {
      sent.push(await sendStockAlert(alert));
    } catch {
      failed.push(alert);
    }
  }
  return { sent, failed };
}
