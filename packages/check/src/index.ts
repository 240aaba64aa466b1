export { type CheckOptions, check } from './check.js'
export type { CheckDiagnostic, CheckResult } from './check-diagnostic.js'
export { formatResult, type OutputFormat } from './format-result.js'
export { main } from './main.js'
