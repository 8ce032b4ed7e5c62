/** The messages between the build script and its worker threads (build-worker.ts, then files-worker.ts), in the order they are sent. */

/** What the worker is started with. */
export interface BuildWorkerJob {
	readonly contentDir: string;
	/** Where the site is served, for the data files' absolute URLs. */
	readonly at: { readonly site: string; readonly base: string };
}

/** The build script's one message, once the output location is ready: where to write the snapshot. */
export interface ToBuildWorker {
	readonly snapshot: string;
}

/** What the second worker (files-worker.ts) is started with: the snapshot to read and where to write. */
export interface FilesWorkerJob {
	readonly snapshot: string;
	readonly filesDir: string;
	readonly at: BuildWorkerJob['at'];
}

export type FromBuildWorker =
	/** The catalog was validated: `problems` formatted for the terminal, empty when it is valid. */
	| { readonly kind: 'checked'; readonly problems: readonly string[] }
	/** The catalog is valid but the site cannot be built from it (generated paths collide). */
	| { readonly kind: 'fault'; readonly message: string }
	/** The snapshot is written: Astro can start. */
	| { readonly kind: 'snapshot' }
	/** Every file that is not a page is written (files-worker.ts). */
	| { readonly kind: 'done'; readonly dataFiles: number; readonly programFiles: number; readonly ms: number };
