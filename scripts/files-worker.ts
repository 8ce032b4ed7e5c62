/**
 * The build script's second worker thread: while Astro renders the pages in
 * its own process, it writes the files that are not pages into a folder of
 * their own (scripts/after-astro.ts): the data files (the JSON API and the
 * short links, src/site/build-files-integration.ts) and the files for
 * programs (the Markdown twins, llms.txt, OpenSearch: src/twins/write.ts).
 * Astro renders on one core; these seconds of CPU run on the other instead of
 * after Astro. It reads the validated model from the snapshot the first
 * worker wrote (build-worker.ts), as Astro does, and answers `done`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSnapshot } from '../src/catalog/snapshot.ts';
import { writeDataFiles } from '../src/site/build-files-integration.ts';
import { writeProgramFiles } from '../src/twins/write.ts';
import type { FilesWorkerJob, FromBuildWorker } from './build-worker-protocol.ts';

const job = workerData as FilesWorkerJob;
const started = performance.now();
const catalog = readSnapshot(job.snapshot);
const dataFiles = writeDataFiles(job.filesDir, catalog, job.at);
const programFiles = writeProgramFiles(job.filesDir, catalog, { site: job.at.site, base: job.at.base });
parentPort?.postMessage({ kind: 'done', dataFiles, programFiles, ms: performance.now() - started } satisfies FromBuildWorker);
