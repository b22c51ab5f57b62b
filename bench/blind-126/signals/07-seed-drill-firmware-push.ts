// expect: none
// options.signal is handed to every controller call that accepts one, including the reboot wait, so cancelling the push stops whichever step is running.
export interface CallOptions {
  signal?: AbortSignal;
}

export interface DrillController {
  readonly serial: string;
  currentFirmware(opts?: CallOptions): Promise<string>;
  uploadImage(image: Uint8Array, opts?: CallOptions): Promise<{ slot: 'A' | 'B' }>;
  verifySlot(slot: 'A' | 'B', sha256: string, opts?: CallOptions): Promise<boolean>;
  reboot(slot: 'A' | 'B', opts?: CallOptions): Promise<void>;
  waitUntilOnline(opts?: CallOptions & { timeoutMs?: number }): Promise<void>;
}

export interface FirmwareImage {
  version: string;
  bytes: Uint8Array;
  sha256: string;
  minHardwareRev: number;
}

export interface PushResult {
  serial: string;
  from: string;
  to: string;
  skipped: boolean;
}

export async function pushFirmware(
  controller: DrillController,
  image: FirmwareImage,
  options: { signal?: AbortSignal; force?: boolean } = {},
): Promise<PushResult> {
  const { signal } = options;
  const from = await controller.currentFirmware({ signal });
  if (from === image.version && !options.force) {
    return { serial: controller.serial, from, to: from, skipped: true };
  }

  const { slot } = await controller.uploadImage(image.bytes, { signal });
  const verified = await controller.verifySlot(slot, image.sha256, { signal });
  if (!verified) {
    throw new Error(`checksum mismatch on ${controller.serial} slot ${slot} for ${image.version}`);
  }

  await controller.reboot(slot, { signal });
  await controller.waitUntilOnline({ signal, timeoutMs: 90_000 });

  const to = await controller.currentFirmware({ signal });
  if (to !== image.version) {
    throw new Error(`${controller.serial} came back on ${to}, expected ${image.version}`);
  }
  return { serial: controller.serial, from, to, skipped: false };
}

export async function pushToFleet(
  controllers: DrillController[],
  image: FirmwareImage,
  options: { signal?: AbortSignal } = {},
): Promise<PushResult[]> {
  const results: PushResult[] = [];
  for (const controller of controllers) {
    options.signal?.throwIfAborted();
    results.push(await pushFirmware(controller, image, { signal: options.signal }));
  }
  return results;
}

export function summarisePush(results: PushResult[]): string {
  const updated = results.filter((r) => !r.skipped);
  const skipped = results.length - updated.length;
  const lines = updated.map((r) => `${r.serial}: ${r.from} -> ${r.to}`);
  return [...lines, `${updated.length} updated, ${skipped} already current`].join('\n');
}
