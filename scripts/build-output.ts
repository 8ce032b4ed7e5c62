/**
 * The build's output location and its staging folder, checked and tidied
 * before Astro runs, so that a fault is found in a second, in one sentence,
 * not after a whole build as a stack trace.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fault the build explains in one sentence (no stack trace). */
export class BuildFault extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'BuildFault';
	}
}

/**
 * The staging root for `outDir`: beside it, on the same file system, so the
 * final swap is a rename (a staging folder elsewhere may be another disk).
 */
export function stagingRoot(outDir: string): string {
	return join(dirname(outDir), '.build-tmp');
}

function isWritable(path: string): boolean {
	try {
		accessSync(path, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * Checks that the build can write `outDir` and swap it in: its parent is (or
 * is now created as) a writable folder, `outDir` itself is a writable folder or absent,
 * and the staging root is a folder or absent. Throws a {@link BuildFault}.
 */
export function prepareOutputLocation(outDir: string): void {
	const parent = dirname(outDir);
	if (!existsSync(parent)) {
		// Like other build tools, create missing parents; what cannot be created is a fault found now, not after the build.
		try {
			mkdirSync(parent, { recursive: true });
		} catch (cause) {
			const code = (cause as NodeJS.ErrnoException).code;
			throw new BuildFault(
				code === 'ENOTDIR' || code === 'EEXIST'
					? `The output folder ${outDir} cannot be created: part of its path is a file, not a folder; set OUT_DIR to a path inside folders.`
					: `The output folder's parent ${parent} does not exist and cannot be created (${String(code)}); create it, or set OUT_DIR elsewhere.`,
				{ cause },
			);
		}
	}
	if (!statSync(parent).isDirectory()) throw new BuildFault(`The output folder's parent ${parent} is a file, not a folder; set OUT_DIR to a path inside a folder.`);
	if (!isWritable(parent)) throw new BuildFault(`The build cannot write in ${parent}; make it writable, or set OUT_DIR to a folder you can write.`);
	if (existsSync(outDir)) {
		if (!statSync(outDir).isDirectory()) throw new BuildFault(`The output path ${outDir} is a file, not a folder; remove or rename it, or set OUT_DIR elsewhere.`);
		if (!isWritable(outDir)) throw new BuildFault(`The output folder ${outDir} is read-only, so the build could not replace it; make it writable (chmod -R u+w ${basename(outDir)}) or set OUT_DIR elsewhere.`);
	}
	const staging = stagingRoot(outDir);
	if (existsSync(staging) && !statSync(staging).isDirectory()) {
		throw new BuildFault(`${staging} is a file, but the build keeps its staging folders there; remove that file and build again.`);
	}
}

/** True when a process with this pid is running (or exists but is not ours to signal). */
function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Removes what builds that were killed left behind (`dist-<pid>`,
 * `previous-<pid>`, `catalog-<pid>.json` whose process is gone); a
 * concurrent build's files stay.
 * Returns the names removed.
 */
export function removeStaleStaging(root: string): string[] {
	if (!existsSync(root)) return [];
	const removed: string[] = [];
	for (const name of readdirSync(root)) {
		const pid = Number(/^(?:dist-|previous-|catalog-)(\d+)(?:\.json)?$/.exec(name)?.[1]);
		if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
		rmSync(join(root, name), { recursive: true, force: true });
		removed.push(name);
	}
	return removed;
}
