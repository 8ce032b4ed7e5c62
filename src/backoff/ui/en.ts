/** English UI strings of the backoff simulator. */
import { getPreset } from '../presets.ts';
import { SNIPPET_COMMENTS_EN } from '../snippet.ts';
import type { BackoffUi } from './types.ts';

export const en: BackoffUi = {
	intlLocale: 'en',

	pageTitle: 'Backoff simulator',
	pageDescription:
		'See what truncated exponential backoff with jitter does for one client and for many clients failing at once, compare strategies, and copy the retry code.',
	introHeading: 'What it is',
	introWhat:
		'When a call fails with an error that may go away by itself, the client waits and tries again. With exponential backoff each wait is longer than the one before: the initial delay times the multiplier to the power of the retry number. Truncated means the wait never grows past a maximum delay, and the client gives up after a maximum number of attempts or at a deadline. Jitter makes each wait random within a range.',
	introJitter:
		'Jitter matters because clients that fail together retry together. When a server rejects a burst of calls, every client that backs off by the same formula comes back at the same moment, is rejected again, and the burst repeats. Random waits spread the retries out over time, so more of them succeed, sooner, and the server does less work.',
	introJitterSource: 'The jitter strategies compared below follow {citation}.',
	citationAuthor: 'Marc Brooker',
	citationTitle: 'Exponential Backoff And Jitter',
	citationVenue: 'AWS Architecture Blog',
	citationYear: '2015',
	lead: 'The Classroom API advises retrying {resourceExhausted} and {internal} with truncated exponential backoff with jitter. Try it here; {below} follows the simulator.',
	leadBelow: 'how it works',
	introHowTo:
		'Choose a strategy and its parameters, or start from a preset. The simulator shows the retry schedule of one client, then lets many clients fail at once against a rate-limited server with every strategy, and gives you the code for your settings. The address bar always holds a link that shows exactly what you see.',
	noscript: 'The simulator needs JavaScript to recalculate. Without it, this page shows the figures for the default settings.',

	settingsHeading: 'Settings',
	scheduleHeading: 'Retry schedule of one client',
	contentionHeading: 'Many clients failing at once',
	codeHeading: 'Code',

	fields: {
		preset: { label: 'Preset', name: 'Preset', hint: 'Settings published by Google, gRPC and AWS.' },
		strategy: { label: 'Strategy', name: 'Strategy', hint: 'How each delay is drawn.' },
		initial: { label: 'Initial delay (ms)', name: 'Initial delay', hint: 'The base delay: the first wait before jitter.' },
		multiplier: { label: 'Multiplier', name: 'Multiplier', hint: 'Growth per retry: 2 doubles the delay each time.' },
		max: { label: 'Maximum delay (ms)', name: 'Maximum delay', hint: 'The cap that truncates the exponential growth.' },
		attempts: { label: 'Maximum attempts', name: 'Maximum attempts', hint: 'Including the first call.' },
		deadline: { label: 'Deadline (ms)', name: 'Deadline', hint: 'Counted from the first call: no attempt starts after it.' },
		clients: { label: 'Clients', name: 'Clients', hint: 'How many clients fail at the same moment.' },
		capacity: { label: 'Server capacity (calls per window)', name: 'Server capacity', hint: 'Calls the server accepts per window; it rejects the rest with 429.' },
		window: { label: 'Capacity window (ms)', name: 'Capacity window', hint: 'The length of the rate-limit window.' },
		seed: { label: 'Seed', name: 'Seed', hint: 'The same seed gives the same jitter, so a shared link shows the same figures.' },
	},
	fieldsetBackoff: 'Backoff',
	fieldsetContention: 'Contention scenario',
	presetCustom: 'Custom',
	presetSourceLabel: 'Source:',
	presetSourceLink: 'source document',
	presetsAbout: 'Where the presets come from',
	formulaLabel: 'Formula',
	newSeed: 'New seed',
	reset: 'Reset to defaults',
	strategies: {
		none: { label: 'No backoff (immediate retry)', description: 'Retries at once. Shown for contrast only: it hammers the server.' },
		exponential: {
			label: 'Exponential, no jitter',
			description: 'Waits exactly the capped exponential delay. Without jitter, clients that failed together retry together.',
		},
		'full-jitter': {
			label: 'Full jitter',
			description: 'Waits a random time between 0 and the capped exponential delay. Spreads clients out the most.',
		},
		'equal-jitter': {
			label: 'Equal jitter',
			description: 'Keeps half of the capped exponential delay and draws the other half at random.',
		},
		'decorrelated-jitter': {
			label: 'Decorrelated jitter',
			description: 'Draws each delay between the initial delay and three times the previous delay, capped.',
		},
		google: {
			label: 'Google Cloud (up to 1 s random)',
			description: 'Google Cloud’s formula: the exponential delay plus up to 1,000 random milliseconds, capped.',
		},
		grpc: {
			label: 'gRPC (±20 %)',
			description: 'gRPC connection backoff: the capped exponential delay spread by ±20 %; the first retry is not jittered.',
		},
	},
	presets: {
		'google-cloud': { label: 'Google Cloud documentation', source: getPreset('google-cloud').source },
		'google-api-core': { label: 'google-api-core (Python)', source: getPreset('google-api-core').source },
		'grpc-connection': { label: 'gRPC connection backoff', source: getPreset('grpc-connection').source },
		'aws-standard': { label: 'AWS SDK standard mode', source: getPreset('aws-standard').source },
	},

	unitMs: '{n} ms',
	unitS: '{n} s',
	unitMinS: '{m} min {s} s',
	numberRange: '{lo}–{hi}',
	durationRange: '{lo} – {hi}',
	unitNameMs: 'ms',
	unitNameS: 's',
	unitNameMin: 'min',
	noValue: '—',

	scheduleCaption: 'Retry schedule of one client whose every attempt fails: {strategy}, seed {seed}.',
	colAttempt: 'Attempt',
	colRange: 'Delay range ({unit})',
	colSampled: 'Sampled delay ({unit})',
	colCumulative: 'Cumulative time ({unit})',
	firstAttempt: 'first call',
	stoppedByAttempts: 'Stops after {attempts} attempts: the attempt limit.',
	stoppedByDeadline: 'Stops after {attempts} attempts: attempt {attempt} would start at {time}, after the deadline ({deadline}).',
	delaysChartTitle: 'Delay before each attempt: {strategy}',
	delaysChartDesc:
		'Bars show the range each delay is drawn from; dots show the delay drawn with seed {seed}. The schedule table has the same data.',
	axisAttempt: 'Attempt number',
	axisDelay: 'Delay before the attempt ({unit})',
	legendRange: 'Possible range',
	legendSampled: 'Sampled delay',
	legendDropped: 'After the deadline (not made)',

	contentionLead:
		'{clients} clients fail at the same moment (say, a burst of 429 RESOURCE_EXHAUSTED) and retry against a server that accepts {requests} calls per {window} and rejects the rest. Every strategy runs on the same scenario with the same seed.',
	comparisonCaption:
		'Contention figures per strategy: every call made (the work, first calls included), the calls rejected, when the clients that succeeded were done (median, 99th percentile, last), and the clients that gave up.',
	colStrategy: 'Strategy',
	colCalls: 'Calls (work)',
	colRejected: 'Rejected',
	colMedian: 'Median done ({unit})',
	colP99: 'p99 done ({unit})',
	colLast: 'Last done ({unit})',
	colGaveUp: 'Gave up',
	selectedMark: '(selected)',
	loadChartsLead:
		'Server load over time, one chart per strategy, on the same axes: a short run is over in the first bars, a long one stretches across the chart. Each bar splits the retries the server accepted from those it rejected; the dashed line is what the server accepts in one bar’s time. The first calls of the {clients} clients at 0 ms, which fail by assumption, are left out.',
	loadChartTitle: 'Server load over time: {strategy}',
	loadChartDesc: '{calls} calls, {rejected} rejected, last completion at {last}.',
	legendAccepted: 'Accepted',
	legendRejected: 'Rejected',
	legendCapacity: 'Capacity',
	axisTime: 'Time after the failure ({unit})',
	axisCalls: 'Calls per bar',
	loadScale: 'All seven charts share one scale: time from the failure to {end}, one bar per {bucket}, and up to {calls} calls per bar.',
	loadClipped: 'A taller bar is cut at the top and labelled with its count.',
	dataTable: 'Data table',
	colTime: 'Time ({unit})',
	colBucketCalls: 'Calls',
	colAccepted: 'Accepted',
	colBucketRejected: 'Rejected',

	summary:
		'{strategy}: {attempts} attempts, the last at {last}. With {clients} clients: {calls} calls, {rejected} rejected, last completion at {lastDone}, {gaveUp} gave up.',
	summaryCompact: '{strategy}: {attempts} attempts, the last at {last}.',

	problemsHeading: 'Some values could not be used as given',
	problems: {
		'out-of-range': '{param} ({key}): “{given}” is outside the allowed range {min} to {max}, so {used} is used.',
		'not-an-integer': '{param} ({key}): “{given}” is not a whole number, so it is rounded to {used}.',
		'not-a-number': '{param} ({key}): “{given}” is not a number, so {used} is used.',
		'unknown-strategy': '{param} ({key}): “{given}” is not a known strategy, so {used} is used.',
		'unknown-preset': '{param} ({key}): “{given}” is not a known preset, so no preset is used.',
	},

	snippetLead:
		'A retry helper for these settings. It retries only HTTP 429 and 500, and stops at the attempt limit or the deadline, like the schedule above.',
	snippetLanguage: 'Language',
	langTs: 'TypeScript',
	langPython: 'Python',
	copy: 'Copy code',
	copied: 'Copied',
	copyFailed: 'Could not copy: select the code and copy it yourself.',
	snippetComments: SNIPPET_COMMENTS_EN,

	compactHeading: 'Try the backoff',
	compactLead: 'The retry schedule of one client whose every attempt fails, with the simulator’s default settings.',
	openFull: 'Open the full simulator',
	scheduleTableSummary: 'The schedule as a table',
};
