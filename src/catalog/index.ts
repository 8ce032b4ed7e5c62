/**
 * The catalog module's public surface: load and validate a catalog folder,
 * and the typed model that every page, script and endpoint consumes.
 */
export { glossaryViolations, type GlossaryViolation } from './glossary.ts';
export { LOCALES, LOCALE_INFO, SOURCE_LOCALE, isLocale, type Locale } from './locales.ts';
export { loadCatalog, loadCatalogOrThrow, type LoadResult } from './load.ts';
export { allMethods, errorById, slugOf, statusOf, type Catalog, type ErrorEntry, type ErrorText, type GlossaryTerm, type StatusEntry, type StatusText } from './model.ts';
export { CatalogError, formatProblem, type Problem } from './problems.ts';
export { methodReferenceUrl, plainOf, type Inline, type RichText } from './rich-text.ts';
export { EVIDENCE, RETRY_KINDS, STATUS_IDS, WHO_ACTS, type Evidence, type Provenance, type Reference, type Retry, type RetryKind, type SourceDocument, type StatusId, type WhoActs } from './schema.ts';
export { returnedByIndex, type ConditionEntry, type DiscoveryProvenance, type MethodEntry, type MethodReturn } from './methods.ts';
