// expect: no-multiple-settle
// The executor settles on the first response line or on a socket error, but if the gate controller closes the connection without answering the promise never settles.
import { connect } from 'node:net';

export type Zone = 'valley' | 'mid-station' | 'summit';

export interface GateDecision {
  gateId: string;
  passId: string;
  admitted: boolean;
  reason?: string;
  ridesLeft?: number;
}

export interface GateControllerOptions {
  host: string;
  port: number;
  gateId: string;
}

function encodeRequest(gateId: string, passId: string, zone: Zone): string {
  const stamp = Math.floor(Date.now() / 1000);
  return `VALIDATE ${gateId} ${passId} ${zone.toUpperCase()} ${stamp}\n`;
}

function parseResponse(gateId: string, passId: string, line: string): GateDecision {
  const [verdict, ...rest] = line.trim().split(' ');
  if (verdict === 'ADMIT') {
    const rides = Number.parseInt(rest[0] ?? '', 10);
    return { gateId, passId, admitted: true, ridesLeft: Number.isNaN(rides) ? undefined : rides };
  }
  if (verdict === 'DENY') {
    return { gateId, passId, admitted: false, reason: rest.join(' ') || 'unspecified' };
  }
  throw new Error(`Unexpected gate response: ${line}`);
}

export class GateValidatorClient {
  private validations = 0;

  constructor(private readonly options: GateControllerOptions) {}

  get count(): number {
    return this.validations;
  }

  validate(passId: string, zone: Zone): Promise<GateDecision> {
    const { host, port, gateId } = this.options;
    this.validations++;

    return new Promise<GateDecision>((resolve, reject) => {
      const socket = connect({ host, port });
      let buffer = '';

      socket.setEncoding('utf8');
      socket.once('connect', () => {
        socket.write(encodeRequest(gateId, passId, zone));
      });

      socket.on('data', (chunk: string) => {
        buffer += chunk;
        const newline = buffer.indexOf('\n');
        if (newline === -1) return;

        const line = buffer.slice(0, newline);
        socket.removeAllListeners('data');
        socket.destroy();
        try {
          resolve(parseResponse(gateId, passId, line));
        } catch (err) {
          reject(err);
        }
      });

      socket.once('error', (err) => {
        reject(new Error(`Gate ${gateId} unreachable: ${err.message}`));
      });
    });
  }

  async validateAll(passIds: string[], zone: Zone): Promise<GateDecision[]> {
    const decisions: GateDecision[] = [];
    for (const passId of passIds) {
      decisions.push(await this.validate(passId, zone));
    }
    return decisions;
  }
}
