// expect: none
// writeLogChunk listens for both 'finish' and 'error' before ending the stream and removes both, so it settles exactly once.
import { createWriteStream, type WriteStream } from 'node:fs';

export type FanAction = 'spin-up' | 'spin-down' | 'hold';

export interface FanCommand {
  fanId: string;
  action: FanAction;
  rpm: number;
  issuedAt: Date;
  reason: string;
}

export interface BlockForecast {
  blockId: string;
  fanIds: string[];
  minAirTempC: number;
  inversionDeltaC: number;
}

const SPIN_UP_BELOW_C = 1.5;
const MIN_USEFUL_INVERSION_C = 2;
const FULL_RPM = 590;
const IDLE_RPM = 0;

export function planCommands(forecasts: BlockForecast[], now: Date): FanCommand[] {
  const commands: FanCommand[] = [];
  for (const block of forecasts) {
    const cold = block.minAirTempC <= SPIN_UP_BELOW_C;
    const inversionUseful = block.inversionDeltaC >= MIN_USEFUL_INVERSION_C;
    let action: FanAction = 'hold';
    let reason = `block ${block.blockId}: ${block.minAirTempC.toFixed(1)}°C, inversion ${block.inversionDeltaC.toFixed(1)}°C`;
    if (cold && inversionUseful) {
      action = 'spin-up';
    } else if (!cold) {
      action = 'spin-down';
    } else {
      reason += ' (inversion too weak, fans would pull cold air down)';
    }
    for (const fanId of block.fanIds) {
      commands.push({
        fanId,
        action,
        rpm: action === 'spin-up' ? FULL_RPM : IDLE_RPM,
        issuedAt: now,
        reason,
      });
    }
  }
  return commands;
}

function encodeCommand(cmd: FanCommand): string {
  return [cmd.issuedAt.toISOString(), cmd.fanId, cmd.action, cmd.rpm.toFixed(0), JSON.stringify(cmd.reason)].join('\t');
}

function writeLogChunk(stream: WriteStream, payload: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onFinish = () => {
      cleanup();
      resolve();
    };
    const onError = (err: Error) => {
      cleanup();
      stream.destroy();
      reject(err);
    };
    const cleanup = () => {
      stream.off('finish', onFinish);
      stream.off('error', onError);
    };
    stream.once('finish', onFinish);
    stream.once('error', onError);
    stream.end(payload);
  });
}

export async function appendCommandLog(path: string, commands: FanCommand[]): Promise<number> {
  if (commands.length === 0) return 0;
  const payload = commands.map(encodeCommand).join('\n') + '\n';
  const stream = createWriteStream(path, { flags: 'a', encoding: 'utf8', mode: 0o640 });
  await writeLogChunk(stream, payload);
  return commands.length;
}
