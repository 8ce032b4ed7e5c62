/** Korean UI strings of the backoff simulator. Terms follow content/glossary.yaml. */
import type { BackoffUi } from './types.ts';

export const ko: BackoffUi = {
	intlLocale: 'ko',

	pageTitle: '백오프 시뮬레이터',
	pageDescription:
		'지터를 더한 잘린 지수 백오프가 클라이언트 하나와, 한꺼번에 실패한 여러 클라이언트에서 어떻게 동작하는지 보고, 전략을 비교하고, 재시도 코드를 복사하세요.',
	introHeading: '잘린 지수 백오프란',
	introWhat:
		'스스로 해소될 수 있는 오류로 호출이 실패하면 클라이언트는 잠시 기다렸다가 재시도합니다. 지수 백오프에서는 대기 시간이 매번 앞선 대기보다 길어집니다. 초기 지연에 배수를 재시도 횟수만큼 거듭제곱해 곱한 값입니다. ‘잘린’ 지수 백오프는 대기 시간이 최대 지연을 넘지 않게 하고, 최대 시도 횟수나 기한에 이르면 재시도를 멈춥니다. 지터는 각 대기 시간을 일정 범위 안에서 무작위로 정합니다.',
	introJitter:
		'지터가 중요한 이유는 함께 실패한 클라이언트가 함께 재시도하기 때문입니다. 서버가 한꺼번에 몰린 호출을 거부하면, 같은 공식으로 백오프하는 클라이언트는 모두 같은 순간에 돌아와 다시 거부되고, 이런 몰림이 되풀이됩니다. 대기 시간을 무작위로 정하면 재시도가 시간에 걸쳐 흩어지므로 더 많은 호출이 더 빨리 성공하고, 서버가 처리할 일도 줄어듭니다.',
	introJitterSource: '아래에서 비교하는 지터 전략은 {citation}의 분류를 따릅니다.',
	citationAuthor: 'Marc Brooker',
	citationTitle: 'Exponential Backoff And Jitter',
	citationVenue: 'AWS Architecture Blog',
	citationYear: '2015',
	lead: 'Classroom API는 {resourceExhausted}와 {internal} 오류를 지터를 더한 잘린 지수 백오프로 재시도하라고 권합니다. 여기서 직접 해 보세요. {below}은 시뮬레이터 아래에 있습니다.',
	leadBelow: '동작 원리 설명',
	introHowTo:
		'전략과 매개변수를 고르거나 프리셋에서 시작하세요. 시뮬레이터는 클라이언트 하나의 재시도 일정을 보여 주고, 여러 클라이언트가 한꺼번에 실패한 뒤 속도 제한이 있는 서버에 재시도하는 상황을 모든 전략으로 실행하며, 설정에 맞는 코드를 제공합니다. 주소 표시줄의 링크를 열면 지금 보이는 결과가 그대로 재현됩니다.',
	noscript: '다시 계산하려면 JavaScript가 필요합니다. JavaScript 없이는 기본 설정의 수치를 보여 줍니다.',

	settingsHeading: '설정',
	scheduleHeading: '클라이언트 하나의 재시도 일정',
	contentionHeading: '여러 클라이언트가 한꺼번에 실패할 때',
	codeHeading: '코드',

	fields: {
		preset: { label: '프리셋', name: '프리셋', hint: 'Google, gRPC, AWS가 공개한 설정입니다.' },
		strategy: { label: '전략', name: '전략', hint: '각 지연 시간을 정하는 방식입니다.' },
		initial: { label: '초기 지연(밀리초)', name: '초기 지연', hint: '기본 지연, 즉 지터를 적용하기 전의 첫 대기 시간입니다.' },
		multiplier: { label: '배수', name: '배수', hint: '재시도마다 지연이 늘어나는 비율입니다. 2이면 매번 두 배가 됩니다.' },
		max: { label: '최대 지연(밀리초)', name: '최대 지연', hint: '지수적으로 늘어나는 지연을 자르는 최댓값입니다.' },
		attempts: { label: '최대 시도 횟수', name: '최대 시도 횟수', hint: '첫 호출을 포함합니다.' },
		deadline: { label: '기한(밀리초)', name: '기한', hint: '첫 호출부터 잰 시간입니다. 이 시간이 지나면 새 시도를 시작하지 않습니다.' },
		clients: { label: '클라이언트 수', name: '클라이언트 수', hint: '같은 순간에 실패하는 클라이언트 수입니다.' },
		capacity: { label: '서버 용량(시간 창당 호출 수)', name: '서버 용량', hint: '서버가 시간 창마다 받아들이는 호출 수입니다. 나머지는 429로 거부합니다.' },
		window: { label: '용량 시간 창(밀리초)', name: '용량 시간 창', hint: '속도 제한 시간 창의 길이입니다.' },
		seed: { label: '시드', name: '시드', hint: '시드가 같으면 지터도 같으므로, 공유한 링크에서도 같은 수치가 나옵니다.' },
	},
	fieldsetBackoff: '백오프',
	fieldsetContention: '경합 시나리오',
	presetCustom: '사용자 지정',
	presetSourceLabel: '출처:',
	presetSourceLink: '출처 문서',
	presetsAbout: '프리셋의 출처',
	formulaLabel: '공식',
	newSeed: '새 시드',
	reset: '기본값으로 재설정',
	strategies: {
		none: { label: '백오프 없음(즉시 재시도)', description: '바로 재시도합니다. 비교용으로만 보여 주며, 서버에 큰 부담을 줍니다.' },
		exponential: {
			label: '지수 백오프, 지터 없음',
			description: '잘린 지수 지연만큼 정확히 기다립니다. 지터가 없으면 함께 실패한 클라이언트가 함께 재시도합니다.',
		},
		'full-jitter': {
			label: '전체 지터(Full Jitter)',
			description: '0부터 잘린 지수 지연까지의 범위에서 무작위로 기다립니다. 클라이언트를 가장 넓게 흩어 놓습니다.',
		},
		'equal-jitter': {
			label: '절반 지터(Equal Jitter)',
			description: '잘린 지수 지연의 절반은 그대로 두고, 나머지 절반만 무작위로 정합니다.',
		},
		'decorrelated-jitter': {
			label: '비상관 지터(Decorrelated Jitter)',
			description: '초기 지연부터 직전 지연의 세 배까지의 범위에서 지연을 뽑고, 최대 지연으로 자릅니다.',
		},
		google: {
			label: 'Google Cloud 방식(최대 1초 무작위 추가)',
			description: 'Google Cloud의 공식입니다. 지수 지연에 최대 1,000밀리초의 무작위 값을 더하고 최대 지연으로 자릅니다.',
		},
		grpc: {
			label: 'gRPC 방식(±20%)',
			description: 'gRPC 연결 백오프입니다. 잘린 지수 지연을 ±20% 범위로 흩어 놓으며, 첫 재시도에는 지터를 적용하지 않습니다.',
		},
	},
	presets: {
		'google-cloud': {
			label: 'Google Cloud 문서',
			source:
				'Google Cloud 문서: min(2^n초 + 최대 1초의 무작위 값, maximum_backoff). maximum_backoff는 보통 32초나 64초입니다(여기서는 32초). Google은 시도 횟수 한도와 기한을 정하지 않으므로, 10회와 5분은 이 사이트가 정한 값입니다.',
		},
		'google-api-core': {
			label: 'google-api-core(Python)',
			source:
				'google-api-core(Python)의 Retry 기본값: 초기 1초, 배수 2, 최대 60초, 제한 시간 120초이며, 현재 릴리스는 전체 지터(uniform(0, delay))를 씁니다. 시도 횟수 한도가 없으므로 여기서는 시뮬레이터 최댓값인 30회를 씁니다.',
		},
		'grpc-connection': {
			label: 'gRPC 연결 백오프',
			source:
				'gRPC 연결 백오프: 초기 1초, 배수 1.6, 최대 120초, 지터 ±20%입니다(최대 지연으로 자른 뒤에 지터를 적용하므로 지연은 144초까지 늘어납니다). 한도 없이 재시도하므로 30회와 1시간으로 대신합니다. MIN_CONNECT_TIMEOUT(20초)은 시뮬레이션하지 않습니다.',
		},
		'aws-standard': {
			label: 'AWS SDK 표준 모드',
			source:
				'AWS SDK 표준 재시도 모드: 시도 3회, 전체 지터, 밑 2, 최대 백오프 20초입니다(botocore처럼 초기 지연은 1초이며, JavaScript SDK v3는 100밀리초를 씁니다). 재시도 할당량은 시뮬레이션하지 않으며 기한은 없습니다.',
		},
	},

	// One script for every unit: Hangul (밀리초, 초, 분), written against the number as Korean
	// writes units that are words, never the ms/초 mix.
	unitMs: '{n}밀리초',
	unitS: '{n}초',
	unitMinS: '{m}분 {s}초',
	numberRange: '{lo}~{hi}',
	durationRange: '{lo}~{hi}',
	unitNameMs: '밀리초',
	unitNameS: '초',
	unitNameMin: '분',
	noValue: '—',

	scheduleCaption: '모든 시도가 실패하는 클라이언트 하나의 재시도 일정: {strategy}, 시드 {seed}.',
	colAttempt: '시도',
	colRange: '지연 범위({unit})',
	colSampled: '적용된 지연({unit})',
	colCumulative: '누적 시간({unit})',
	firstAttempt: '첫 호출',
	stoppedByAttempts: '{attempts}회 시도한 뒤 멈춥니다(최대 시도 횟수).',
	stoppedByDeadline: '{attempts}회 시도한 뒤 멈춥니다. {attempt}번째 시도는 {time}에 시작해야 하는데, 기한({deadline})보다 늦습니다.',
	delaysChartTitle: '시도 전 대기 시간: {strategy}',
	delaysChartDesc: '막대는 각 지연을 뽑는 범위이고, 점은 시드 {seed}로 뽑은 지연입니다. 같은 데이터가 재시도 일정 표에 있습니다.',
	axisAttempt: '시도 번호',
	axisDelay: '시도 전 대기 시간({unit})',
	legendRange: '가능한 범위',
	legendSampled: '적용된 지연',
	legendDropped: '기한 이후(시도하지 않음)',

	contentionLead:
		'클라이언트 {clients}개가 같은 순간에 실패하고(예: 429 RESOURCE_EXHAUSTED가 한꺼번에 발생), {window}마다 호출을 {requests}개까지만 받아들이고 나머지는 거부하는 서버에 재시도합니다. 모든 전략을 같은 상황, 같은 시드로 실행합니다.',
	comparisonCaption:
		'전략별 경합 결과: 보낸 전체 호출(작업량, 첫 호출 포함), 거부된 호출, 성공한 클라이언트가 완료한 시간(중앙값, 99번째 백분위수, 마지막), 포기한 클라이언트 수입니다.',
	colStrategy: '전략',
	colCalls: '호출(작업량)',
	colRejected: '거부됨',
	colMedian: '완료 중앙값({unit})',
	colP99: '완료 p99({unit})',
	colLast: '마지막 완료({unit})',
	colGaveUp: '포기',
	selectedMark: '(선택됨)',
	loadChartsLead:
		'시간에 따른 서버 부하를 전략마다 차트 하나로, 모두 같은 축에 보여 줍니다. 빨리 끝나는 전략은 앞쪽 막대 몇 개로 끝나고, 오래 걸리는 전략은 차트 끝까지 이어집니다. 막대마다 서버가 수락한 재시도와 거부한 재시도로 나뉘며, 점선은 막대 하나의 시간 동안 서버가 받아들이는 호출 수입니다. 가정상 실패하는 클라이언트 {clients}개가 0밀리초에 보낸 첫 호출은 뺐습니다.',
	loadChartTitle: '시간에 따른 서버 부하: {strategy}',
	loadChartDesc: '호출 {calls}개, 거부 {rejected}개, 마지막 완료 {last}.',
	legendAccepted: '수락됨',
	legendRejected: '거부됨',
	legendCapacity: '서버 용량',
	axisTime: '실패 후 경과 시간({unit})',
	axisCalls: '막대당 호출 수',
	loadScale: '일곱 차트의 축은 모두 같습니다. 시간은 실패 순간부터 {end}까지이고, 막대 하나는 {bucket}이며, 막대당 호출 수는 {calls}개까지입니다.',
	loadClipped: '이보다 높은 막대는 위를 잘라 내고 호출 수를 적었습니다.',
	dataTable: '데이터 표',
	colTime: '시간({unit})',
	colBucketCalls: '호출',
	colAccepted: '수락됨',
	colBucketRejected: '거부됨',

	summary:
		'{strategy}: {attempts}회 시도, 마지막 시도 {last}. 클라이언트 {clients}개일 때 호출 {calls}개, 거부 {rejected}개, 마지막 완료 {lastDone}, 포기 {gaveUp}개.',
	summaryCompact: '{strategy}: {attempts}회 시도, 마지막 시도 {last}.',

	problemsHeading: '일부 값은 그대로 쓸 수 없어 바꿨습니다',
	problems: {
		'out-of-range': '{param}({key}): 허용 범위({min}~{max})를 벗어난 값입니다. 입력값: “{given}”, 사용한 값: {used}',
		'not-an-integer': '{param}({key}): 정수가 아니어서 반올림했습니다. 입력값: “{given}”, 사용한 값: {used}',
		'not-a-number': '{param}({key}): 숫자가 아닙니다. 입력값: “{given}”, 사용한 값: {used}',
		'unknown-strategy': '{param}({key}): 알 수 없는 전략입니다. 입력값: “{given}”, 사용한 값: {used}',
		'unknown-preset': '{param}({key}): 알 수 없는 프리셋입니다. 입력값: “{given}”, 프리셋 없이 사용자 지정 설정을 사용합니다.',
	},

	snippetLead:
		'이 설정에 맞는 재시도 도우미 코드입니다. HTTP 429와 500만 재시도하고, 위 일정처럼 최대 시도 횟수나 기한에 이르면 멈춥니다.',
	snippetLanguage: '언어',
	langTs: 'TypeScript',
	langPython: 'Python',
	copy: '코드 복사',
	copied: '복사됨',
	copyFailed: '복사하지 못했습니다. 코드를 선택해 직접 복사하세요.',
	snippetComments: {
		header: '백오프 재시도({strategy}): HTTP 429와 500만 재시도합니다.',
		firstCall: '첫 호출 포함',
		statusOfTs: 'googleapis/gaxios나 직접 만든 fetch 래퍼가 던진 오류에서 HTTP 상태 코드를 읽습니다.',
		statusOfPy: 'googleapiclient의 HttpError(.resp.status)나 urllib의 HTTPError(.code)에서 HTTP 상태 코드를 읽습니다.',
		withBackoffTs: '`call`이 성공할 때까지 호출하며 429와 500만 재시도합니다. 포기할 때는 마지막 오류를 다시 던집니다.',
		withBackoffPy: 'call()이 성공할 때까지 호출하며 429와 500만 재시도합니다. 포기할 때는 마지막 예외를 다시 발생시킵니다.',
		noBackoff: '백오프 없음: 비교용일 뿐이니 실제 코드에는 쓰지 마세요',
		noJitter: '지터 없음: 함께 실패한 클라이언트가 함께 재시도합니다',
		deadline: '다음 시도가 기한을 넘기면 시작하지 않고 포기합니다.',
	},

	compactHeading: '백오프 직접 해 보기',
	compactLead: '모든 시도가 실패하는 클라이언트 하나의 재시도 일정입니다(시뮬레이터 기본 설정).',
	openFull: '전체 시뮬레이터 열기',
	scheduleTableSummary: '재시도 일정 표',
};
