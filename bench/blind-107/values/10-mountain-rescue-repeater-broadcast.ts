// expect: no-read-before-settle
// broadcastSitrep counts successful sends inside each socket.send callback but returns `sent` immediately after queuing them, so the report always says 0 of N repeaters reached and the base escalates to the backup channel.
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';

export interface Repeater {
  site: string;
  host: string;
  port: number;
}

export interface Sitrep {
  incident: string;
  teamCallsign: string;
  grid: string;
  status: 'en-route' | 'on-scene' | 'evacuating' | 'stood-down';
  casualtyCondition?: string;
}

export interface BroadcastReport {
  repeaters: number;
  sent: number;
  failedSites: string[];
}

function encode(s: Sitrep, seq: number): Buffer {
  const fields = [
    'SITREP',
    String(seq),
    s.incident,
    s.teamCallsign,
    s.grid.replace(/\s+/g, ''),
    s.status.toUpperCase(),
    s.casualtyCondition ?? '-',
  ];
  return Buffer.from(fields.join('|') + '\n', 'ascii');
}

export class SitrepBroadcaster {
  private readonly socket: Socket;
  private seq = 0;

  constructor(private readonly repeaters: Repeater[]) {
    this.socket = createSocket('udp4');
    this.socket.on('error', (err) => console.error(`[sitrep] socket error: ${err.message}`));
  }

  broadcastSitrep(s: Sitrep): BroadcastReport {
    const msg = encode(s, ++this.seq);
    let sent = 0;
    const failedSites: string[] = [];

    for (const r of this.repeaters) {
      this.socket.send(msg, r.port, r.host, (err) => {
        if (err) {
          failedSites.push(r.site);
        } else {
          sent++;
        }
      });
    }

    return { repeaters: this.repeaters.length, sent, failedSites };
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }
}

export function needsBackupChannel(report: BroadcastReport): boolean {
  return report.sent < Math.ceil(report.repeaters / 2);
}
