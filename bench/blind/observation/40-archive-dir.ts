// expect: none
// The manifest checksum is started before branching, and both the dry-run early return and the normal path await it before doing anything else asynchronous.
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { once } from "node:events";

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path)
      .on("error", reject)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")));
  });
}

export async function archiveDirectory(dir: string, manifestPath: string, out: string, dryRun: boolean): Promise<string> {
  const manifestSum = sha256(manifestPath);
  const args = ["-czf", out, "-C", dir, "."];

  if (dryRun) {
    console.log(`would run: tar ${args.join(" ")}`);
    return `dry-run (manifest ${await manifestSum})`;
  }

  const digest = await manifestSum;
  const tar = spawn("tar", args, { stdio: "inherit" });
  const [code] = (await once(tar, "exit")) as [number | null];
  if (code !== 0) {
    throw new Error(`tar exited with ${code}`);
  }
  return `${out} (manifest ${digest})`;
}
