/**
 * Puts a fully written staging folder in place of `target` in two renames,
 * so readers see the old folder or the new one, never half of either. Used by
 * the build (dist/) and by `catalog export` (DIR/api/v1/).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Swaps `staging` in for `target`. The old `target`, if any, is moved to
 * `previous` first and deleted at the end; if the second rename fails, it is
 * moved back, so `target` is never left missing.
 */
export function swapIn(staging: string, target: string, previous: string): void {
	rmSync(previous, { recursive: true, force: true });
	const hadTarget = existsSync(target);
	if (hadTarget) renameSync(target, previous);
	try {
		renameSync(staging, target);
	} catch (cause) {
		if (hadTarget) renameSync(previous, target);
		throw new Error(`Could not move ${staging} to ${target}; ${target} is as it was.`, { cause });
	}
	rmSync(previous, { recursive: true, force: true });
}
