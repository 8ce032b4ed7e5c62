/**
 * Builds the site all or nothing: validate the catalog first (every problem,
 * then exit 1 without touching dist/), check where the output goes, build
 * into a staging folder beside it, and only when the whole build succeeded
 * swap it in for dist/. An earlier good dist/ survives any failure.
 *
 *   npm run build [-- --debug]      --debug: stack traces for unexpected failures
 *
 * A worker thread (build-worker.ts) validates and holds the catalog, and
 * writes the files that are not pages while Astro renders (after-astro.ts).
 * Astro runs as a child that dies with this script: signals are forwarded,
 * and an IPC channel (see exit-with-parent.ts) ends it even when this script
 * is killed outright. Staging folders of killed builds are removed first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { terminalSafe } from '../src/cli/terminal-text.ts';
import { headersFile } from '../src/site/headers.ts';
import { DEFAULT_SITE, normalizeBase } from '../src/site/routes.ts';
import { ASTRO_MEMORY_ENV, astroHeapOptions, catalogYamlBytes, workerHeapMb } from './astro-memory.ts';
import { BuildFault, prepareOutputLocation, removeStaleStaging, stagingRoot } from './build-output.ts';
import { AFTER_ASTRO_ENV, finishBuiltSite, startBuildWorker, type BuildWorker } from './after-astro.ts';
import { swapIn } from './swap-in.ts';

const root = resolve(import.meta.dirname, '..');
const debug = process.argv.includes('--debug');
const astroArgs = process.argv.slice(2).filter((arg) => arg !== '--debug');
/** Where the site is served (SITE_URL, BASE_PATH), as astro.config.mjs reads it. */
const servedAt = { site: process.env['SITE_URL'] ?? DEFAULT_SITE, base: normalizeBase(process.env['BASE_PATH']) };

/** The Astro build, started before the catalog is validated and released once its snapshot is written. */
interface AstroRun {
	/** Settles with Astro's exit code, or the signal that stopped this script. */
	readonly exit: Promise<{ code: number; signal?: NodeJS.Signals }>;
	/** Whether Astro has exited (or could not be started). */
	exited(): boolean;
	/** Tells Astro the catalog snapshot is written: its config goes on (scripts/exit-with-parent.ts). */
	release(): void;
	/** Stops Astro if it still runs; resolves once it has exited. */
	stop(): Promise<void>;
}

/**
 * Starts Astro building into `staging` from the snapshot it will be told of.
 * Astro spends its first second or more loading itself; started now, it does
 * that while the worker validates the catalog, and waits for the snapshot in
 * its config.
 */
function startAstro(staging: string, contentDir: string, snapshot: string, yamlBytes: number): AstroRun {
	// Astro lets process.env override `import.meta.env.*`, so a stray BASE_URL or
	// SITE in the environment (a test runner sets BASE_URL=/) would silently
	// replace the configured base path. BASE_PATH and SITE_URL are the knobs.
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_OUT_DIR: staging,
		CATALOG_DIR: contentDir,
		CATALOG_SNAPSHOT: snapshot,
		CATALOG_SNAPSHOT_WAIT: '1',
		ASTRO_TELEMETRY_DISABLED: '1',
		...ASTRO_MEMORY_ENV,
		[AFTER_ASTRO_ENV]: '1',
	};
	for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
	// A build is a production build whatever the caller runs under: a test runner's
	// NODE_ENV=test makes import.meta.env.DEV true, and dev-only routes (the short
	// links' endpoint) would then be built as stray files.
	env['NODE_ENV'] = 'production';
	const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	if (!existsSync(astro)) throw new BuildFault(`Astro is not installed (${astro} is missing); run npm install first.`);
	const preload = pathToFileURL(join(import.meta.dirname, 'exit-with-parent.ts')).href;
	// Handlers first: a signal that arrives while Astro is being started must still stop it.
	let stoppedBy: NodeJS.Signals | undefined;
	let child: ReturnType<typeof spawn> | undefined;
	let exited = false;
	const forward = (signal: NodeJS.Signals) => {
		stoppedBy = signal;
		child?.kill('SIGTERM');
	};
	const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
	for (const signal of signals) process.on(signal, forward);
	const exit = new Promise<{ code: number; signal?: NodeJS.Signals }>((resolveRun, rejectRun) => {
		// A heap ceiling that grows with the catalog keeps the build's memory bounded (scripts/astro-memory.ts).
		const heap = astroHeapOptions(yamlBytes);
		child = spawn(process.execPath, [...heap, '--import', preload, astro, 'build', ...astroArgs], { cwd: root, env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
		if (stoppedBy) child.kill('SIGTERM');
		child.on('error', (cause) => {
			exited = true;
			for (const s of signals) process.off(s, forward);
			rejectRun(new BuildFault(`Astro could not be started (${cause.message}).`, { cause }));
		});
		child.on('exit', (code, signal) => {
			exited = true;
			for (const s of signals) process.off(s, forward);
			resolveRun(stoppedBy ? { code: 1, signal: stoppedBy } : { code: code ?? (signal ? 1 : 0) });
		});
	});
	exit.catch(() => undefined);
	return {
		exit,
		exited: () => exited,
		release: () => {
			// A child that has already exited gets nothing; its exit code tells the rest.
			if (child?.connected) child.send({ catalogSnapshot: 'ready' }, () => undefined);
		},
		stop: async () => {
			if (!exited) child?.kill('SIGTERM');
			await exit.catch(() => undefined);
		},
	};
}

async function main(): Promise<number> {
	const contentDir = resolve(process.env['CATALOG_DIR'] ?? join(root, 'content'));
	const outDir = resolve(process.env['OUT_DIR'] ?? join(root, 'dist'));
	const work = stagingRoot(outDir);
	const staging = join(work, `dist-${process.pid}`);
	// Validated once, by the worker; Astro reads the model from this snapshot instead of the YAML.
	const snapshot = join(work, `catalog-${process.pid}.json`);

	// The worker loads and validates the catalog and keeps it: this thread never holds the model (scripts/build-worker.ts).
	// Astro starts loading meanwhile, and waits for the snapshot before it reads or writes anything.
	// Both memory ceilings are set from the size of the catalog's YAML, read once (scripts/astro-memory.ts).
	const yamlBytes = catalogYamlBytes(contentDir);
	const worker = startBuildWorker({ contentDir, at: servedAt }, workerHeapMb(yamlBytes));
	let astro: AstroRun | undefined;
	try {
		astro = startAstro(staging, contentDir, snapshot, yamlBytes);
		return await buildWith(worker, astro, { outDir, work, staging, snapshot });
	} finally {
		// A build that ends early (a bad catalog, an unusable output folder, a failure) leaves no worker or Astro running.
		await Promise.all([worker.stop(), astro?.stop()]);
		// The snapshot goes last: the second worker reads it. Only if it was written: where the staging root is
		// unusable (a file), removing would throw over the real fault.
		if (existsSync(snapshot)) rmSync(snapshot, { force: true });
	}
}

async function buildWith(worker: BuildWorker, astro: AstroRun, at: { outDir: string; work: string; staging: string; snapshot: string }): Promise<number> {
	const { outDir, work, staging, snapshot } = at;
	const checked = await worker.checked;
	if ('fault' in checked) throw new BuildFault(checked.fault);
	if (checked.problems.length > 0) {
		console.error(terminalSafe(checked.problems.join('\n')));
		console.error(`\nThe catalog has ${checked.problems.length} problem(s); the site was not built and ${outDir} is unchanged.`);
		return 1;
	}
	prepareOutputLocation(outDir);

	const stale = removeStaleStaging(work);
	if (stale.length > 0) console.log(`Removed ${stale.length} staging folder(s) left by killed builds (${stale.join(', ')}).`);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	const discard = async () => {
		await Promise.all([worker.stop(), astro.stop()]);
		rmSync(staging, { recursive: true, force: true });
	};

	let run: { code: number; signal?: NodeJS.Signals };
	try {
		// Astro that stopped while the catalog was validated (a signal, a crash) is not released.
		if (!astro.exited()) {
			// The worker writes the files that are not pages into the staging folder while Astro renders its pages there.
			await worker.go({ snapshot, filesDir: staging });
			astro.release();
		}
		run = await astro.exit;
	} catch (error) {
		await discard();
		throw error;
	}
	if (run.signal) {
		await discard();
		console.error(`\nThe build was stopped (${run.signal}); ${outDir} is unchanged.`);
		return run.signal === 'SIGINT' ? 130 : 143;
	}
	if (run.code !== 0 || !existsSync(join(staging, 'index.html'))) {
		await discard();
		console.error(`\nThe build failed (${run.code !== 0 ? `Astro exited with code ${String(run.code)}` : 'Astro wrote no home page'}); ${outDir} is unchanged.`);
		return run.code || 1;
	}
	// The search index once Astro has exited, so that the two never hold memory together; and the worker's files.
	try {
		await finishBuiltSite(staging, worker);
	} catch (error) {
		await discard();
		throw error;
	}
	// Cache and CORS rules for static hosts (Netlify, Cloudflare Pages), from what Astro wrote.
	const topLevel = readdirSync(staging, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
	writeFileSync(join(staging, '_headers'), headersFile(servedAt.base, topLevel));
	try {
		swapIn(staging, outDir, join(work, `previous-${process.pid}`));
	} catch (cause) {
		rmSync(staging, { recursive: true, force: true });
		throw new BuildFault(`The new site could not be moved into ${outDir} (${(cause as Error).cause instanceof Error ? ((cause as Error).cause as Error).message : (cause as Error).message}); ${outDir} is as it was.`, { cause });
	}
	console.log(`Site written to ${outDir}.`);
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	console.error(terminalSafe(debug && error instanceof Error && error.stack ? error.stack : `${message}${error instanceof BuildFault ? '' : '\nRun again with --debug (npm run build -- --debug) for the details.'}`));
	process.exitCode = 1;
}
