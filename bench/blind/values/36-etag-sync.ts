// expect: none
// `etag` is set in the .then callback, but it is read only after that very promise chain has been awaited, so it is already assigned.

interface Doc {
  id: string;
  body: string;
}

interface FetchedDoc {
  doc: Doc;
  etag: string;
}

declare const docsApi: {
  get(id: string): Promise<FetchedDoc>;
  put(id: string, body: string, ifMatch: string): Promise<void>;
};

export async function appendLine(id: string, line: string): Promise<string> {
  let etag = '';

  const doc = await docsApi.get(id).then((res) => {
    etag = res.etag;
    return res.doc;
  });

  const next = doc.body.endsWith('\n') ? doc.body + line : `${doc.body}\n${line}`;
  await docsApi.put(id, next, etag);
  return etag;
}
