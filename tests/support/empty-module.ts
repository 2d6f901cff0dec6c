// Stands in for `server-only` under Vitest, which does not use React's server export conditions.
export {};
