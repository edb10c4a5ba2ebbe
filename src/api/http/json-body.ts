// JSON bodies: compact by default, indented with ?pretty for people reading curl output.

export function jsonText(body: unknown, pretty: boolean): string {
  return pretty ? `${JSON.stringify(body, null, 2)}\n` : JSON.stringify(body);
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
