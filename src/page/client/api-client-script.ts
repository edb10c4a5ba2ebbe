// Client chunk (browser JS as text): talks to the Bahth API and keeps only the newest answer of a run of requests.
// Shared by the search page and the widget; src/page/page-assets.ts joins the chunks into one script.

export const API_CLIENT_SCRIPT = String.raw`
// Fetches JSON from the API at base; an error envelope { error: { code, message } } becomes a thrown Error.
function createApiClient(base) {
  let suggestMissing = false;
  async function getJson(path, params, signal) {
    const url = new URL(path, base);
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
    }
    const response = await fetch(url.href, { signal: signal, headers: { accept: 'application/json' } });
    const body = await response.json().catch(function () { return null; });
    if (response.ok && body) return body;
    const failure = new Error(body && body.error && body.error.message ? body.error.message : 'HTTP ' + response.status);
    failure.status = response.status;
    failure.code = body && body.error ? body.error.code : 'http_error';
    throw failure;
  }
  // Suggestions are optional: an API without /suggest (404) is asked once, then left alone.
  async function suggest(query, signal) {
    if (suggestMissing) return [];
    try {
      const body = await getJson('suggest', { q: query, limit: 6 }, signal);
      return Array.isArray(body.suggestions) ? body.suggestions : [];
    } catch (failure) {
      if (failure.name === 'AbortError') throw failure;
      if (failure.status === 404 || failure.status === 405 || failure.status === 501) suggestMissing = true;
      return [];
    }
  }
  return { search: function (params, signal) { return getJson('search', params, signal); }, suggest: suggest };
}

// Runs tasks so that only the newest one's result is delivered: starting a task aborts the one before,
// and an answer that arrives after a newer task started is reported as { current: false } and dropped.
function createLatestOnly() {
  let generation = 0;
  let controller = null;
  function cancel() {
    generation += 1;
    if (controller) controller.abort();
    controller = null;
  }
  async function run(task) {
    cancel();
    const mine = generation;
    controller = new AbortController();
    try {
      const value = await task(controller.signal);
      return mine === generation ? { current: true, value: value } : { current: false };
    } catch (failure) {
      if (mine !== generation || failure.name === 'AbortError') return { current: false };
      throw failure;
    }
  }
  return { run: run, cancel: cancel };
}
`;
