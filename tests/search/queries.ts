/**
 * The search-quality benchmark's queries (scripts/bench-search.ts), written
 * as people type them, each with the page or pages it must find. A query
 * counts as found at rank k when one of its pages is among the first k
 * results. Paths are the site paths without the language prefix and base.
 *
 * The client-library messages are shaped like each library's real output
 * around the `@Id …` message; the text after the id is illustrative.
 */

/** What a query is like, for the per-type figures. */
export type QueryType =
	| 'id'
	| 'id-lowercase'
	| 'id-at'
	| 'id-partial'
	| 'client-message'
	| 'http-code'
	| 'status'
	| 'natural'
	| 'ko-particles'
	| 'ko-spacing'
	| 'ko-colloquial'
	| 'mixed';

/** One benchmark query. */
export interface BenchQuery {
	readonly q: string;
	readonly type: QueryType;
	/** Site paths (no language prefix), any of which counts as found. */
	readonly expect: readonly string[];
}

const e = (slug: string) => `errors/${slug}/`;
const s = (slug: string) => `statuses/${slug}/`;

/** Queries people type whatever the site's language: ids, codes, statuses, pasted messages. */
const SHARED: readonly BenchQuery[] = [
	{ q: 'CourseNotModifiable', type: 'id', expect: [e('course-not-modifiable')] },
	{ q: 'IneligibleOwner', type: 'id', expect: [e('ineligible-owner')] },
	{ q: 'UserCourseJoinRateLimitReached', type: 'id', expect: [e('user-course-join-rate-limit-reached')] },
	{ q: 'ClassroomApiDisabled', type: 'id', expect: [e('classroom-api-disabled')] },
	{ q: 'CannotRemoveCourseOwnerTransferIncomplete', type: 'id', expect: [e('cannot-remove-course-owner-transfer-incomplete')] },
	{ q: 'CannotRemoveCourseOwner', type: 'id', expect: [e('cannot-remove-course-owner')] },
	{ q: 'coursenotmodifiable', type: 'id-lowercase', expect: [e('course-not-modifiable')] },
	{ q: 'invalidaddontoken', type: 'id-lowercase', expect: [e('invalid-add-on-token')] },
	{ q: 'coursetopiclimitreached', type: 'id-lowercase', expect: [e('course-topic-limit-reached')] },
	{ q: 'pendinginvitationexists', type: 'id-lowercase', expect: [e('pending-invitation-exists')] },
	{ q: 'cannotdirectadduser', type: 'id-lowercase', expect: [e('cannot-direct-add-user')] },
	{ q: '@CourseTitleCannotContainUrl', type: 'id-at', expect: [e('course-title-cannot-contain-url')] },
	{ q: '@ExpiredAddOnToken', type: 'id-at', expect: [e('expired-add-on-token')] },
	{ q: '@UserGroupsMembershipLimitReached', type: 'id-at', expect: [e('user-groups-membership-limit-reached')] },
	{ q: '@AttachmentNotVisible', type: 'id-at', expect: [e('attachment-not-visible')] },
	{ q: 'NotModifiable', type: 'id-partial', expect: [e('course-not-modifiable')] },
	{ q: 'MemberLimitReached', type: 'id-partial', expect: [e('course-member-limit-reached')] },
	{ q: 'TransferIncomplete', type: 'id-partial', expect: [e('cannot-remove-course-owner-transfer-incomplete')] },
	{ q: 'GradingPeriodSettings', type: 'id-partial', expect: [e('user-ineligible-to-update-grading-period-settings')] },
	{ q: 'teacherlimit', type: 'id-partial', expect: [e('course-teacher-limit-reached')] },
	{ q: 'JoinRateLimit', type: 'id-partial', expect: [e('user-course-join-rate-limit-reached')] },
	{ q: 'course-not-modifiable', type: 'id-partial', expect: [e('course-not-modifiable')] },
	{ q: 'AddOnToken', type: 'id-partial', expect: [e('expired-add-on-token'), e('invalid-add-on-token')] },
	{
		q: 'googleapiclient.errors.HttpError: <HttpError 400 when requesting https://classroom.googleapis.com/v1/courses/123456?alt=json returned "@CourseNotModifiable Precondition check failed.". Details: "@CourseNotModifiable Precondition check failed.">',
		type: 'client-message',
		expect: [e('course-not-modifiable')],
	},
	{ q: 'GaxiosError: @CourseMemberLimitReached Precondition check failed.', type: 'client-message', expect: [e('course-member-limit-reached')] },
	{ q: 'googleapi: Error 400: @CourseTopicLimitReached Precondition check failed., failedPrecondition', type: 'client-message', expect: [e('course-topic-limit-reached')] },
	{
		q: 'com.google.api.client.googleapis.json.GoogleJsonResponseException: 403 Forbidden {"code":403,"errors":[{"domain":"global","message":"@ClassroomDisabled The caller does not have permission","reason":"forbidden"}],"message":"@ClassroomDisabled The caller does not have permission","status":"PERMISSION_DENIED"}',
		type: 'client-message',
		expect: [e('classroom-disabled')],
	},
	{
		q: 'GoogleJsonResponseException: API call to classroom.courses.teachers.create failed with error: @CourseTeacherLimitReached Precondition check failed.',
		type: 'client-message',
		expect: [e('course-teacher-limit-reached')],
	},
	{
		q: 'Google.GoogleApiException: The service classroom has thrown an exception. HttpStatusCode is Forbidden. @ProjectPermissionDenied The caller does not have permission',
		type: 'client-message',
		expect: [e('project-permission-denied')],
	},
	{
		q: 'Google\\Service\\Exception: {"error":{"code":429,"message":"@UserCourseJoinRateLimitReached Resource has been exhausted","status":"RESOURCE_EXHAUSTED"}}',
		type: 'client-message',
		expect: [e('user-course-join-rate-limit-reached')],
	},
	{ q: '2026-03-14T09:12:44.120Z ERROR classroom-sync: request failed: 400 @IneligibleOwner Precondition check failed.', type: 'client-message', expect: [e('ineligible-owner')] },
	{ q: '{"error": {"code": 403, "message": "@InvalidAddOnToken The caller does not have permission", "status": "PERMISSION_DENIED"}}', type: 'client-message', expect: [e('invalid-add-on-token')] },
	{ q: '400', type: 'http-code', expect: [s('failed-precondition')] },
	{ q: 'HTTP 403', type: 'http-code', expect: [s('permission-denied')] },
	{ q: '429', type: 'http-code', expect: [s('resource-exhausted')] },
	{ q: 'FAILED_PRECONDITION', type: 'status', expect: [s('failed-precondition')] },
	{ q: 'permission_denied', type: 'status', expect: [s('permission-denied')] },
	{ q: 'failedPrecondition', type: 'status', expect: [s('failed-precondition')] },
	{ q: 'RESOURCE_EXHAUSTED', type: 'status', expect: [s('resource-exhausted')] },
];

/** English: the shared queries and people's own words. */
const EN: readonly BenchQuery[] = [
	...SHARED,
	{ q: '429 Too Many Requests', type: 'http-code', expect: [s('resource-exhausted')] },
	{ q: '500 internal server error', type: 'http-code', expect: [s('internal')] },
	{ q: 'internal error', type: 'status', expect: [s('internal')] },
	{ q: 'cannot rename an archived class', type: 'natural', expect: [e('course-not-modifiable')] },
	{ q: 'course is archived, can\'t edit it', type: 'natural', expect: [e('course-not-modifiable')] },
	{ q: 'student joined too many classes today', type: 'natural', expect: [e('user-course-join-rate-limit-reached')] },
	{ q: 'too many students in the class', type: 'natural', expect: [e('course-member-limit-reached')] },
	{ q: 'class is full, can\'t add students', type: 'natural', expect: [e('course-member-limit-reached')] },
	{ q: 'can\'t add another co-teacher', type: 'natural', expect: [e('course-teacher-limit-reached')] },
	{ q: 'too many topics in course', type: 'natural', expect: [e('course-topic-limit-reached')] },
	{ q: 'url in the course name is not allowed', type: 'natural', expect: [e('course-title-cannot-contain-url')] },
	{ q: 'link in class title rejected', type: 'natural', expect: [e('course-title-cannot-contain-url')] },
	{ q: 'make a teacher the owner fails', type: 'natural', expect: [e('ineligible-owner'), e('user-cannot-own-course')] },
	{ q: 'ownership transfer still in progress', type: 'natural', expect: [e('cannot-remove-course-owner-transfer-incomplete')] },
	{ q: 'ownership invitation already sent', type: 'natural', expect: [e('pending-invitation-exists')] },
	{ q: 'teacher tries to remove themselves from their own course', type: 'natural', expect: [e('cannot-remove-course-owner')] },
	{ q: 'course owner account was deleted', type: 'natural', expect: [e('inactive-course-owner'), e('cannot-remove-teacher-with-no-course-owner')] },
	{ q: 'can\'t remove teacher, course has no owner', type: 'natural', expect: [e('cannot-remove-teacher-with-no-course-owner')] },
	{ q: 'drive file not shared with the student', type: 'natural', expect: [e('attachment-not-visible')] },
	{ q: 'attachment not found', type: 'natural', expect: [e('attachment-not-visible')] },
	{ q: 'add-on token expired', type: 'natural', expect: [e('expired-add-on-token')] },
	{ q: 'add-on signed in with a different account', type: 'natural', expect: [e('invalid-add-on-token')] },
	{ q: 'classroom api access turned off for the user', type: 'natural', expect: [e('classroom-api-disabled'), e('classroom-disabled')] },
	{ q: 'user has no access to classroom', type: 'natural', expect: [e('classroom-disabled'), e('classroom-api-disabled')] },
	{ q: 'resource created by another developer console project', type: 'natural', expect: [e('project-permission-denied')] },
	{ q: 'need education licence to change grading periods', type: 'natural', expect: [e('user-ineligible-to-update-grading-period-settings')] },
	{ q: 'user is in too many groups', type: 'natural', expect: [e('user-groups-membership-limit-reached')] },
	{ q: 'admin can\'t add a user without an email address', type: 'natural', expect: [e('cannot-direct-add-user')] },
	{ q: 'user from outside the domain cannot be added', type: 'natural', expect: [e('cannot-direct-add-user')] },
	{ q: 'quota exceeded', type: 'natural', expect: [s('resource-exhausted')] },
	{ q: 'exponential backoff with jitter', type: 'natural', expect: ['backoff/', s('resource-exhausted')] },
	{ q: 'server error keeps happening', type: 'natural', expect: [s('internal')] },
	{ q: 'cannot remove the drive folder owner', type: 'natural', expect: [e('cannot-remove-course-folder-owner')] },
	{ q: 'user can\'t be the course owner', type: 'natural', expect: [e('user-cannot-own-course'), e('ineligible-owner')] },
];

/** Korean: the shared queries and Korean as people type it. */
const KO: readonly BenchQuery[] = [
	...SHARED,
	{ q: '500 내부 오류', type: 'http-code', expect: [s('internal')] },
	{ q: '사전 조건 실패', type: 'status', expect: [s('failed-precondition')] },
	{ q: '리소스 소진', type: 'status', expect: [s('resource-exhausted')] },
	{ q: '권한 거부', type: 'status', expect: [s('permission-denied')] },
	{ q: '공동 교사를 추가할 수 없어요', type: 'ko-particles', expect: [e('course-teacher-limit-reached')] },
	{ q: '소유자를 바꿀 수 없습니다', type: 'ko-particles', expect: [e('ineligible-owner'), e('user-cannot-own-course')] },
	{ q: '수업을 수정할 수 없어요', type: 'ko-particles', expect: [e('course-not-modifiable')] },
	{ q: '보관된 수업을 수정하려고 하면 오류가 나요', type: 'ko-particles', expect: [e('course-not-modifiable')] },
	{ q: '수업 제목에 링크를 넣으면 안 돼요', type: 'ko-particles', expect: [e('course-title-cannot-contain-url')] },
	{ q: '주제를 더 만들 수 없어요', type: 'ko-particles', expect: [e('course-topic-limit-reached')] },
	{ q: '학생을 더 추가할 수 없습니다', type: 'ko-particles', expect: [e('course-member-limit-reached')] },
	{ q: '첨부파일이 안 보여요', type: 'ko-particles', expect: [e('attachment-not-visible')] },
	{ q: '수업 소유자를 삭제하려고 했는데 오류가 납니다', type: 'ko-particles', expect: [e('cannot-remove-course-owner')] },
	{ q: '폴더 소유자를 삭제할 수 없다고 나옵니다', type: 'ko-particles', expect: [e('cannot-remove-course-folder-owner')] },
	{ q: '소유권 이전이 아직 진행 중이라고 나와요', type: 'ko-particles', expect: [e('cannot-remove-course-owner-transfer-incomplete')] },
	{ q: '소유권 초대가 이미 대기 중입니다', type: 'ko-particles', expect: [e('pending-invitation-exists')] },
	{ q: '수업 소유자 계정이 삭제되었어요', type: 'ko-particles', expect: [e('inactive-course-owner'), e('cannot-remove-teacher-with-no-course-owner')] },
	{ q: '소유자가 없는 수업에서 교사를 삭제하려고 해요', type: 'ko-particles', expect: [e('cannot-remove-teacher-with-no-course-owner')] },
	{ q: '그룹에 너무 많이 속해 있어서 수업에 참여를 못 해요', type: 'ko-particles', expect: [e('user-groups-membership-limit-reached')] },
	{ q: '하루에 참여할 수 있는 수업 수를 넘었어요', type: 'ko-particles', expect: [e('user-course-join-rate-limit-reached')] },
	{ q: '부가기능 토큰이 만료됐어요', type: 'ko-particles', expect: [e('expired-add-on-token')] },
	{ q: '부가기능 토큰이 유효하지 않습니다', type: 'ko-particles', expect: [e('invalid-add-on-token')] },
	{ q: '다른 프로젝트에서 만든 리소스를 수정할 수 없어요', type: 'ko-particles', expect: [e('project-permission-denied')] },
	{ q: '성적 기간 설정을 변경할 수 없습니다', type: 'ko-particles', expect: [e('user-ineligible-to-update-grading-period-settings')] },
	{ q: '라이선스가 없어서 성적 기간을 못 바꿔요', type: 'ko-particles', expect: [e('user-ineligible-to-update-grading-period-settings')] },
	{ q: 'Classroom API를 사용할 수 없다고 나와요', type: 'ko-particles', expect: [e('classroom-api-disabled')] },
	{ q: '사용자를 수업에 직접 추가할 수 없음', type: 'ko-particles', expect: [e('cannot-direct-add-user')] },
	{ q: '도메인에 속하지 않은 사용자를 추가하면 오류', type: 'ko-particles', expect: [e('cannot-direct-add-user')] },
	{ q: '공동교사를 추가할수없어요', type: 'ko-spacing', expect: [e('course-teacher-limit-reached')] },
	{ q: '소유자를바꿀수없어요', type: 'ko-spacing', expect: [e('ineligible-owner'), e('user-cannot-own-course')] },
	{ q: '수업을수정할수없음', type: 'ko-spacing', expect: [e('course-not-modifiable')] },
	{ q: '성적기간 설정 변경', type: 'ko-spacing', expect: [e('user-ineligible-to-update-grading-period-settings')] },
	{ q: '수업 구성원한도', type: 'ko-spacing', expect: [e('course-member-limit-reached')] },
	{ q: '부가기능토큰 만료', type: 'ko-spacing', expect: [e('expired-add-on-token')] },
	{ q: '소유권이전 진행중', type: 'ko-spacing', expect: [e('cannot-remove-course-owner-transfer-incomplete')] },
	{ q: '첨부 파일이 안보여요', type: 'ko-spacing', expect: [e('attachment-not-visible')] },
	{ q: '수업 수정 에러', type: 'ko-colloquial', expect: [e('course-not-modifiable')] },
	{ q: '클래스 정원 초과', type: 'ko-colloquial', expect: [e('course-member-limit-reached')] },
	{ q: '선생님 추가 안 됨', type: 'ko-colloquial', expect: [e('course-teacher-limit-reached')] },
	{ q: '오너 변경 에러', type: 'ko-colloquial', expect: [e('ineligible-owner'), e('user-cannot-own-course')] },
	{ q: '클래스룸 API 꺼짐', type: 'ko-colloquial', expect: [e('classroom-api-disabled')] },
	{ q: '애드온 토큰 만료 에러', type: 'ko-colloquial', expect: [e('expired-add-on-token')] },
	{ q: '할당량 초과 에러', type: 'ko-colloquial', expect: [s('resource-exhausted')] },
	{ q: '서버 에러 500', type: 'ko-colloquial', expect: [s('internal')] },
	{ q: '쿼터 초과', type: 'ko-colloquial', expect: [s('resource-exhausted')] },
	{ q: '보관 처리된 클래스 에러', type: 'ko-colloquial', expect: [e('course-not-modifiable')] },
	{ q: 'CourseNotModifiable 오류 해결 방법', type: 'mixed', expect: [e('course-not-modifiable')] },
	{ q: 'IneligibleOwner 에러가 떠요', type: 'mixed', expect: [e('ineligible-owner')] },
	{ q: '@ExpiredAddOnToken 오류', type: 'mixed', expect: [e('expired-add-on-token')] },
	{ q: 'courses.teachers.create 호출할 때 교사 한도 오류', type: 'mixed', expect: [e('course-teacher-limit-reached')] },
	{ q: '403 권한 거부', type: 'mixed', expect: [s('permission-denied')] },
	{ q: '429 에러 재시도', type: 'mixed', expect: [s('resource-exhausted')] },
];

/** The benchmark's queries by language. */
export const BENCH_QUERIES: Readonly<Record<'en' | 'ko', readonly BenchQuery[]>> = { en: EN, ko: KO };
