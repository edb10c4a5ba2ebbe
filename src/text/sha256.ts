// SHA-256 as lowercase hex through Web Crypto, which Node and Workers both provide.

const encoder = new TextEncoder();

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** UTF-8 length of a string, which is what a file or a response body weighs. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
