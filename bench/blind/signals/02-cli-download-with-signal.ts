// expect: none
// The CLI wires a Ctrl-C AbortController and passes its signal to every fetch and to the file write, so nothing outlives an abort.

import { writeFile } from "node:fs/promises";
import process from "node:process";

interface Manifest {
  files: { name: string; url: string }[];
}

async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return (await res.json()) as T;
}

export async function syncManifest(manifestUrl: string, outDir: string): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error("interrupted by user"));
  process.once("SIGINT", onSigint);
  try {
    const manifest = await fetchJson<Manifest>(manifestUrl, controller.signal);
    for (const file of manifest.files) {
      const res = await fetch(file.url, { signal: controller.signal });
      if (!res.ok) throw new Error(`download failed for ${file.name}`);
      const body = new Uint8Array(await res.arrayBuffer());
      await writeFile(`${outDir}/${file.name}`, body, { signal: controller.signal });
    }
    return manifest.files.length;
  } finally {
    process.off("SIGINT", onSigint);
  }
}
