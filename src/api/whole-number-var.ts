// Whole-number settings from wrangler.toml's [vars]: read one way, so every such setting falls back alike.

/**
 * The whole number a `[vars]` entry holds (spaces around it allowed, at most
 * `maxDigits` digits), or undefined when it is unset or holds anything else:
 * the caller then uses its default, so a typo never takes the Worker down.
 */
export function wholeNumberVar(value: string | undefined, maxDigits: number): number | undefined {
  const text = (value ?? '').trim();
  return text.length > 0 && text.length <= maxDigits && /^\d+$/.test(text) ? Number(text) : undefined;
}
