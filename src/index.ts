export {
  check,
  generate,
  validate,
  type CheckResult,
  type GenerateOptions,
  type GenerateResult,
  type ValidateOptions,
  type ValidateResult,
} from './generate.js';
export type { EmitOptions } from './emit/index.js';
export {
  CodegenError,
  formatDiagnostic,
  type Diagnostic,
  type SourceLocation,
} from './diagnostics.js';
export { loadConfig, type CodegenConfig, type ConfigFile, type SdkConfig } from './config.js';
export { init, type InitOptions, type InitResult } from './init.js';
