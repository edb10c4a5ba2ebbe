// File decoding: bytes → text, refusing anything that is not UTF-8 with the line where it breaks.

import type { ContentProblem } from './content-problem';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export type Decoded = { readonly text: string } | { readonly problem: ContentProblem };

export function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  try {
    return { text: strictDecoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const firstBad = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(0, firstBad)).split('\n').length;
    return { problem: { file, line, message: 'not valid UTF-8; re-save the file with UTF-8 encoding' } };
  }
}
