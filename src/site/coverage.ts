/**
 * What the catalog covers, counted from the catalog itself, so that the
 * statement on the home page, the API page and in tools can never claim more
 * (or less) than the catalog holds.
 */
import type { Catalog, SourceDocument } from '../catalog/index.ts';

/** The source that defines the canonical statuses; it is Google's, but not a Classroom document. */
export const RPC_CODE_SOURCE = 'rpc-code-proto';

/** The catalog's coverage, by kind of entry and of evidence. */
export interface Coverage {
	/** Every status in the catalog (the canonical google.rpc statuses but OK). */
	readonly statuses: number;
	/** Statuses a Classroom document or method description names (the others cite code.proto alone). */
	readonly classroomStatuses: number;
	/** Errors Google's Classroom documentation names. */
	readonly documentedErrors: number;
	/** Errors only public reports show, labelled undocumented. */
	readonly observedErrors: number;
	/** Google's documents the facts come from (Classroom pages, the discovery document, code.proto). */
	readonly documents: readonly SourceDocument[];
	/** Public reports cited for what the API was seen sending. */
	readonly reports: readonly SourceDocument[];
}

/** Counts the catalog's coverage; linear in the catalog. */
export function coverageOf(catalog: Catalog): Coverage {
	const documents = catalog.sources.filter((d) => d.kind !== 'report');
	const reports = catalog.sources.filter((d) => d.kind === 'report');
	const classroom = new Set(documents.filter((d) => d.id !== RPC_CODE_SOURCE).map((d) => d.id));
	let observedErrors = 0;
	for (const error of catalog.errors) if (error.evidence === 'observed') observedErrors += 1;
	return {
		statuses: catalog.statuses.length,
		classroomStatuses: catalog.statuses.filter((s) => s.provenance.sources.some((id) => classroom.has(id))).length,
		documentedErrors: catalog.errors.length - observedErrors,
		observedErrors,
		documents,
		reports,
	};
}
