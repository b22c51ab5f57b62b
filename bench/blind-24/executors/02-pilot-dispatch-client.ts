// expect: no-multiple-settle
// Bug: the executor only settles on a full reply line or 'error'; if the dispatch server closes early or the idle timeout destroys the socket (destroy() emits only 'close'), the promise never settles.
import { connect, type Socket } from 'node:net';

export type PilotStatus = 'available' | 'boarding' | 'aboard' | 'off-duty';

export interface PilotAssignment {
  vesselImo: string;
  pilotId: string;
  boardingStation: string;
  eta: Date;
}

interface DispatchConfig {
  host: string;
  port: number;
  idleTimeoutMs: number;
}

const DEFAULT_CONFIG: DispatchConfig = {
  host: 'dispatch.harbour.internal',
  port: 7441,
  idleTimeoutMs: 10_000,
};

export class PilotDispatchClient {
  constructor(private readonly config: DispatchConfig = DEFAULT_CONFIG) {}

  requestPilot(vesselImo: string, boardingStation: string): Promise<PilotAssignment> {
    return this.roundTrip(`REQ ${vesselImo} ${boardingStation}`).then((line) => {
      const [kind, pilotId, station, etaIso] = line.split(' ');
      if (kind !== 'ASSIGN') {
        throw new Error(`dispatch refused ${vesselImo}: ${line}`);
      }
      return { vesselImo, pilotId, boardingStation: station, eta: new Date(etaIso) };
    });
  }

  async setStatus(pilotId: string, status: PilotStatus): Promise<void> {
    const reply = await this.roundTrip(`STATUS ${pilotId} ${status}`);
    if (reply !== 'OK') {
      throw new Error(`status update for ${pilotId} rejected: ${reply}`);
    }
  }

  private roundTrip(command: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const socket: Socket = connect(this.config.port, this.config.host);
      socket.setEncoding('utf8');
      socket.setTimeout(this.config.idleTimeoutMs);

      let pending = '';

      socket.on('connect', () => {
        socket.write(command + '\r\n');
      });

      socket.on('data', (chunk: string) => {
        pending += chunk;
        const end = pending.indexOf('\r\n');
        if (end >= 0) {
          const line = pending.slice(0, end);
          socket.end();
          resolve(line);
        }
      });

      socket.on('timeout', () => {
        socket.destroy();
      });

      socket.on('error', (err) => {
        reject(new Error(`dispatch link failed: ${err.message}`));
      });
    });
  }
}

export async function assignPilotsForTide(
  client: PilotDispatchClient,
  arrivals: Array<{ imo: string; station: string }>,
): Promise<PilotAssignment[]> {
  const assignments: PilotAssignment[] = [];
  // dispatch serialises requests per station, so go one at a time
  for (const arrival of arrivals) {
    assignments.push(await client.requestPilot(arrival.imo, arrival.station));
  }
  return assignments;
}
