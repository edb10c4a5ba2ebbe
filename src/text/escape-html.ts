// HTML escaping for article text: applied to every piece of text before marks are added.

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const SPECIAL = /[&<>"']/g;
/** True when `text` holds one of the five characters; most article text has none, and a loop finds that faster than a regex. */
function hasSpecial(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x26 || code === 0x3c || code === 0x3e || code === 0x22 || code === 0x27) return true;
  }
  return false;
}

/** Escapes the five characters that can open markup or end an attribute. */
export function escapeHtml(text: string): string {
  if (!hasSpecial(text)) return text;
  return text.replace(SPECIAL, (character) => ESCAPES[character] ?? character);
}
