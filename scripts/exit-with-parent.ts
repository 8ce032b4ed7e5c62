/**
 * Preloaded (`node --import`) into the Astro process that scripts/build.ts
 * starts. The build script talks to it over an IPC channel; when the build
 * script dies, even by SIGKILL, which it cannot catch, the channel closes and
 * this ends Astro too, so no orphan build runs on and writes a site nobody
 * will swap in.
 */
if (process.channel) {
	// The channel must not keep Astro alive once the build is done.
	process.channel.unref();
	process.once('disconnect', () => {
		process.stderr.write('\nThe build script stopped; stopping Astro.\n');
		process.exit(130);
	});
}
