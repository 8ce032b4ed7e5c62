/**
 * The worker thread that writes the files for programs (write.ts) while the
 * build script's main thread waits on Pagefind, which indexes in its own
 * process: the twins are serialised on the other core instead of after the
 * index. It gets the folder, the catalog and where the site is served as
 * `workerData`, and answers with the number of files written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalog } from '../catalog/model.ts';
import type { TwinLocation } from './markdown.ts';
import { writeProgramFiles } from './write.ts';

/** What the build script hands the worker. */
export interface ProgramFilesJob {
	readonly root: string;
	readonly catalog: Catalog;
	readonly at: TwinLocation;
}

const job = workerData as ProgramFilesJob;
parentPort?.postMessage(writeProgramFiles(job.root, job.catalog, job.at));
