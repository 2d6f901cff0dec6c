export function pagePolicy(scriptSources: readonly string[], isProduction: boolean): string;
export function inlineScriptHashes(html: string): string[];
export function hashedPagePolicy(html: string, isProduction: boolean): string;
