// Where artefacts come from: the worker reads them from static assets, Node scripts from disk.

/** Reads one file of index-data/ by name; null when it does not exist. */
export interface ArtefactReader {
  read(name: string): Promise<Uint8Array | null>;
}

/** Reads artefacts through a Workers static-assets binding. */
export function createAssetsReader(assets: Fetcher): ArtefactReader {
  return {
    async read(name) {
      const response = await assets.fetch(new Request(`https://index-data.invalid/${name}`));
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`reading ${name} from static assets answered HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

const encoder = new TextEncoder();

/** Reads artefacts held in memory (as `buildIndex` returns them), for evaluation, benchmarks and tests. */
export function createMemoryReader(files: ReadonlyMap<string, string | Uint8Array>): ArtefactReader {
  return {
    async read(name) {
      const contents = files.get(name);
      if (contents === undefined) return null;
      return typeof contents === 'string' ? encoder.encode(contents) : contents;
    },
  };
}
