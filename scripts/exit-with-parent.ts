/**
 * Preloaded (`node --import`) into the Astro process that scripts/build.ts
 * starts. The build script talks to it over an IPC channel:
 *
 * - when the build script dies, even by SIGKILL, which it cannot catch, the
 *   channel closes and this ends Astro too, so no orphan build runs on and
 *   writes a site nobody will swap in;
 * - the build script starts Astro while its worker is still validating the
 *   catalog (Astro takes over a second to load before it reads its config),
 *   and sends `{ catalogSnapshot: 'ready' }` once the snapshot is written.
 *   Astro's config waits for it (`catalogReady`, src/site/catalog.ts); a
 *   catalog with problems never gets that far: the build script stops Astro.
 */
import { SNAPSHOT_READY } from '../src/site/snapshot-ready.ts';

if (process.channel) {
	// The channel must not keep Astro alive once the build is done.
	process.channel.unref();
	process.once('disconnect', () => {
		process.stderr.write('\nThe build script stopped; stopping Astro.\n');
		process.exit(130);
	});
	if (process.env['CATALOG_SNAPSHOT_WAIT'] === '1') {
		(globalThis as Record<symbol, unknown>)[SNAPSHOT_READY] = new Promise<void>((resolveReady) => {
			const onMessage = (message: unknown) => {
				if (typeof message !== 'object' || message === null || (message as Record<string, unknown>)['catalogSnapshot'] !== 'ready') return;
				process.off('message', onMessage);
				process.channel?.unref();
				resolveReady();
			};
			// The channel holds Astro open until the message comes (or the build script stops Astro): without it, the
			// event loop would empty while the config waits, and Astro would exit as if done.
			process.channel?.ref();
			process.on('message', onMessage);
		});
	}
}
