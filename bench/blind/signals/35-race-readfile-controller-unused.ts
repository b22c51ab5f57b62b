// expect: no-leaked-race
// A controller is created and its signal handed to readFile, but it is never aborted when the timeout wins the race, so the losing read keeps running after the caller has been told it timed out.

import { readFile } from "node:fs/promises";

export class ReadTimeoutError extends Error {
  override name = "ReadTimeoutError";
}

export async function readSecretFile(path: string, timeoutMs = 2_000): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadTimeoutError(`reading ${path} took over ${timeoutMs}ms`)), timeoutMs);
  });
  try {
    const contents = await Promise.race([readFile(path, { encoding: "utf8", signal: controller.signal }), timeout]);
    return contents.trim();
  } finally {
    clearTimeout(timer);
  }
}

export async function loadDbPassword(): Promise<string> {
  const value = await readSecretFile("/run/secrets/db_password");
  if (!value) {
    throw new Error("db_password secret is empty");
  }
  return value;
}
