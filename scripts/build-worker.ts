/**
 * The build script's first worker thread: it loads and validates the
 * catalog, so that the build script's own thread never holds it (at 1,000
 * errors per locale that is a few hundred MB of heap, which would otherwise
 * sit beside Astro's).
 *
 * 1. It loads and validates the catalog, checks that no generated file
 *    collides with another, and answers `checked` (with the problems, if
 *    any: then it stops).
 * 2. Told where (`go`), it writes the snapshot Astro reads the model from
 *    (src/catalog/snapshot.ts) and answers `snapshot`.
 * 3. It ends, and a second worker (files-worker.ts) reads the snapshot as
 *    Astro does and writes the files that are not pages beside Astro. The
 *    validation's heap (a few hundred MB at 1,000 errors per locale: the
 *    YAML documents, the checks) is gone before Astro's peak.
 *
 * The protocol's types are in build-worker-protocol.ts, which the build
 * script imports without starting anything.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { API_PREFIX, buildApiFiles } from '../src/api/build-files.ts';
import { LOCALES, formatProblem, loadCatalog, type Catalog } from '../src/catalog/index.ts';
import { writeSnapshot } from '../src/catalog/snapshot.ts';
import { assertNoPathCollisions } from '../src/site/path-collisions.ts';
import { errorPath, shortLinkPath, statusPath } from '../src/site/routes.ts';
import type { BuildWorkerJob, FromBuildWorker, ToBuildWorker } from './build-worker-protocol.ts';

const job = workerData as BuildWorkerJob;
if (!parentPort) throw new Error('scripts/build-worker.ts runs as a worker thread of the build script.');
const port = parentPort;
const send = (message: FromBuildWorker) => port.postMessage(message);

/** Every file and folder the site will hold for catalog entries, for the collision check. */
function generatedPaths(catalog: Catalog): string[] {
	const paths: string[] = [];
	for (const locale of LOCALES) {
		for (const error of catalog.errors) paths.push(errorPath(locale, error.slug), shortLinkPath(locale, error.id));
		for (const status of catalog.statuses) paths.push(statusPath(locale, status.slug));
	}
	for (const path of buildApiFiles(catalog, job.at).keys()) paths.push(path.startsWith(API_PREFIX) ? path : `${API_PREFIX}${path}`);
	return paths;
}

/** Checks the catalog and answers `checked` (ending there if it cannot be built); then, told where, writes the snapshot and ends. */
function run(): void {
	const checked = loadCatalog(job.contentDir);
	if (!checked.ok) {
		send({ kind: 'checked', problems: checked.problems.map(formatProblem) });
		port.close();
		return;
	}
	const catalog = checked.catalog;
	try {
		assertNoPathCollisions(generatedPaths(catalog), 'The site');
	} catch (error) {
		send({ kind: 'fault', message: error instanceof Error ? error.message : String(error) });
		port.close();
		return;
	}
	send({ kind: 'checked', problems: [] });
	port.once('message', (go: ToBuildWorker) => {
		writeSnapshot(go.snapshot, catalog);
		send({ kind: 'snapshot' });
		// This thread ends here, and with it the validation's heap; the files are written by files-worker.ts from the snapshot.
		port.close();
	});
}

run();
