/**
 * Ends the run with one plain line, `e2e: N passed, N failed, N skipped`, that
 * CI (and a person scrolling back) can read whatever the other reporters
 * print. A test counts as failed when its outcome was not the expected one.
 */
import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
	private root: Suite | undefined;

	onBegin(_config: unknown, suite: Suite): void {
		this.root = suite;
	}

	onEnd(result: FullResult): void {
		let passed = 0;
		let failed = 0;
		let skipped = 0;
		for (const test of this.root?.allTests() ?? []) {
			const outcome = test.outcome();
			if (outcome === 'skipped') skipped++;
			else if (outcome === 'unexpected') failed++;
			else passed++;
		}
		const note = result.status === 'passed' || failed > 0 ? '' : ` (run ${result.status})`;
		console.log(`\ne2e: ${String(passed)} passed, ${String(failed)} failed, ${String(skipped)} skipped${note}`);
	}

	printsToStdio(): boolean {
		return true;
	}
}
