// Runs a start function once the document is parsed, whether the script loaded before or after that.

export function whenDocumentReady(start: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
