// Bindings that are off unless configured in wrangler.toml: their absence is normal, so they are read as optional.

/**
 * `wrangler types` only generates bindings the configuration declares. These
 * two are documented but not declared by default, so the code reads them as
 * optional extras of Env instead of hand-editing the generated Env.
 */
export interface OptionalBindings {
  /** Cloudflare Rate Limiting binding: `[[ratelimits]] name = "RATE_LIMITER"`. */
  readonly RATE_LIMITER?: RateLimit;
  /** Workers Analytics Engine dataset: `[[analytics_engine_datasets]] binding = "SEARCH_ANALYTICS"`. */
  readonly SEARCH_ANALYTICS?: AnalyticsEngineDataset;
}

export function optionalBindings(env: Env | undefined): OptionalBindings {
  // An app called without an environment (app.request in Node) has no optional bindings at all.
  return (env ?? {}) as OptionalBindings;
}
