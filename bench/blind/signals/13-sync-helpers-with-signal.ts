// expect: none
// The signal goes to the only async call (readFile); the other calls made while it is in hand (JSON.parse, validation, hashing) are synchronous and accept no signal.

import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";

export interface DeployConfig {
  service: string;
  replicas: number;
  image: string;
}

function validate(raw: unknown): DeployConfig {
  const c = raw as Partial<DeployConfig>;
  if (typeof c.service !== "string" || typeof c.image !== "string") {
    throw new TypeError("service and image are required");
  }
  return { service: c.service, image: c.image, replicas: c.replicas ?? 1 };
}

export async function loadDeployConfig(
  path: string,
  ctx: { signal: AbortSignal },
): Promise<{ config: DeployConfig; digest: string }> {
  const text = await readFile(path, { encoding: "utf8", signal: ctx.signal });
  const config = validate(JSON.parse(text));
  const digest = createHash("sha256").update(text).digest("hex");
  return { config, digest };
}
