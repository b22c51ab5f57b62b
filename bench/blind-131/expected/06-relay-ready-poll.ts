// expect: no-reused-settled-promise
// waitUntilRelayReady requests the relay status once before the loop and re-awaits that same settled promise on every poll, so it never observes the relay coming online.
import { setTimeout as sleep } from 'node:timers/promises';

export type RelayState = 'booting' | 'syncing' | 'online' | 'failed';

export interface RelayStatus {
  relayId: string;
  state: RelayState;
  batteryV: number;
  uptimeS: number;
  lastError?: string;
}

export interface RelayControlApi {
  getStatus(relayId: string): Promise<RelayStatus>;
  reboot(relayId: string): Promise<void>;
}

export interface WaitOptions {
  intervalMs?: number;
  maxPolls?: number;
}

export async function waitUntilRelayReady(
  api: RelayControlApi,
  relayId: string,
  options: WaitOptions = {},
): Promise<RelayStatus> {
  const intervalMs = options.intervalMs ?? 2_000;
  const maxPolls = options.maxPolls ?? 45;
  const statusRequest = api.getStatus(relayId);

  for (let poll = 1; poll <= maxPolls; poll++) {
    const status = await statusRequest;
    if (status.state === 'online') return status;
    if (status.state === 'failed') {
      throw new Error(`relay ${relayId} failed to come up: ${status.lastError ?? 'no error reported'}`);
    }
    await sleep(intervalMs);
  }
  throw new Error(`relay ${relayId} not online after ${maxPolls} polls`);
}

export async function rebootAndConfirm(api: RelayControlApi, relayId: string): Promise<RelayStatus> {
  await api.reboot(relayId);
  await sleep(5_000);
  const status = await waitUntilRelayReady(api, relayId);
  if (status.batteryV < 11.6) {
    console.warn(`relay ${relayId} is back online but battery is low (${status.batteryV} V)`);
  }
  return status;
}

export async function rebootChain(api: RelayControlApi, relayIds: string[]): Promise<RelayStatus[]> {
  const statuses: RelayStatus[] = [];
  for (const id of relayIds) {
    statuses.push(await rebootAndConfirm(api, id));
  }
  return statuses;
}
