// Compares an answer with the JSON the docs show for it, where "…" marks what the docs leave out.

const ELIDED = '…';

/**
 * The differences between `actual` and the documented `expected`, as
 * `path: why` lines (none when they agree). `"…"` matches any value, a
 * `"…": "…"` entry allows fields not shown, a last array element `"…"`
 * allows further elements, and a text ending in `…` matches any text that
 * starts with what precedes it.
 */
export function exampleDifferences(actual: unknown, expected: unknown, path = '$'): string[] {
  if (expected === ELIDED) return [];
  if (typeof expected === 'string' && typeof actual === 'string' && expected.endsWith(ELIDED)) {
    return actual === expected || actual.startsWith(expected.slice(0, -ELIDED.length))
      ? []
      : [`${path}: ${JSON.stringify(actual)} does not start like ${JSON.stringify(expected)}`];
  }
  if (Array.isArray(expected)) return arrayDifferences(actual, expected, path);
  if (expected !== null && typeof expected === 'object') return objectDifferences(actual, expected as Record<string, unknown>, path);
  return Object.is(actual, expected) ? [] : [`${path}: the worker answers ${JSON.stringify(actual)}, the docs show ${JSON.stringify(expected)}`];
}

function arrayDifferences(actual: unknown, expected: readonly unknown[], path: string): string[] {
  if (!Array.isArray(actual)) return [`${path}: expected an array, the worker answers ${JSON.stringify(actual)}`];
  const open = expected.at(-1) === ELIDED;
  const shown = open ? expected.slice(0, -1) : expected;
  const lengthOk = open ? actual.length >= shown.length : actual.length === shown.length;
  const differences = lengthOk
    ? []
    : [`${path}: the worker answers ${actual.length} elements, the docs show ${shown.length}${open ? ' or more' : ''}`];
  shown.forEach((item, index) => differences.push(...exampleDifferences(actual[index], item, `${path}[${index}]`)));
  return differences;
}

function objectDifferences(actual: unknown, expected: Record<string, unknown>, path: string): string[] {
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
    return [`${path}: expected an object, the worker answers ${JSON.stringify(actual)}`];
  const fields = actual as Record<string, unknown>;
  const differences: string[] = [];
  if (expected[ELIDED] !== ELIDED) {
    for (const key of Object.keys(fields))
      if (!(key in expected)) differences.push(`${path}.${key}: the worker answers it, the docs do not show it (add it, or "…": "…")`);
  }
  for (const [key, value] of Object.entries(expected)) {
    if (key === ELIDED) continue;
    if (!(key in fields)) differences.push(`${path}.${key}: the docs show it, the worker does not answer it`);
    else differences.push(...exampleDifferences(fields[key], value, `${path}.${key}`));
  }
  return differences;
}
