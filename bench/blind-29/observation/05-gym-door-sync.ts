// expect: none
// allSettled results are walked and every rejected entry's reason is logged and reported back as a failed door.
import net from 'node:net';

export interface DoorController {
  doorId: string;
  host: string;
  port: number;
}

export interface MemberAccess {
  memberId: string;
  badge: string;
  waiverSigned: boolean;
  expiresAt: number;
}

export interface SyncReport {
  synced: string[];
  failed: { doorId: string; reason: string }[];
}

function pushAccessList(door: DoorController, members: MemberAccess[], timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: door.host, port: door.port });
    let reply = '';
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`door ${door.doorId} timed out`)));
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      const payload = members
        .filter((m) => m.waiverSigned && m.expiresAt > Date.now())
        .map((m) => `${m.badge}:${m.expiresAt}`)
        .join('\n');
      socket.end(`LOAD ${payload.length}\n${payload}\n`);
    });
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const match = /^OK (\d+)/.exec(reply);
      if (match) resolve(Number(match[1]));
      else reject(new Error(`door ${door.doorId} replied ${JSON.stringify(reply.slice(0, 40))}`));
    });
  });
}

export async function syncDoors(
  doors: DoorController[],
  members: MemberAccess[],
  log: (msg: string) => void = console.log,
): Promise<SyncReport> {
  const results = await Promise.allSettled(doors.map((door) => pushAccessList(door, members, 5_000)));

  const report: SyncReport = { synced: [], failed: [] };
  results.forEach((result, i) => {
    const door = doors[i];
    if (result.status === 'fulfilled') {
      log(`door ${door.doorId}: loaded ${result.value} badges`);
      report.synced.push(door.doorId);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      log(`door ${door.doorId}: sync failed (${reason})`);
      report.failed.push({ doorId: door.doorId, reason });
    }
  });
  return report;
}
