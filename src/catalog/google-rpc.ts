/**
 * The canonical google.rpc codes and the HTTP status each maps to, as
 * `google/rpc/code.proto` in github.com/googleapis/googleapis defines them
 * (the "HTTP Mapping" line above each code). A status in the catalog must
 * carry exactly this pair: the catalog documents Google's statuses, it does
 * not get to define new mappings.
 *
 * FAILED_PRECONDITION maps to 400; code.proto notes a server may send 412
 * when the request carried ETag headers, which the Classroom sources never
 * mention, so 400 is the only pair accepted.
 */

/** One canonical code: its google.rpc number and its HTTP status. */
export interface RpcCode {
	readonly grpcCode: number;
	readonly http: number;
}

/** Canonical name → code and HTTP status, from google/rpc/code.proto. */
export const GOOGLE_RPC_CODES: Readonly<Record<string, RpcCode>> = {
	OK: { grpcCode: 0, http: 200 },
	CANCELLED: { grpcCode: 1, http: 499 },
	UNKNOWN: { grpcCode: 2, http: 500 },
	INVALID_ARGUMENT: { grpcCode: 3, http: 400 },
	DEADLINE_EXCEEDED: { grpcCode: 4, http: 504 },
	NOT_FOUND: { grpcCode: 5, http: 404 },
	ALREADY_EXISTS: { grpcCode: 6, http: 409 },
	PERMISSION_DENIED: { grpcCode: 7, http: 403 },
	UNAUTHENTICATED: { grpcCode: 16, http: 401 },
	RESOURCE_EXHAUSTED: { grpcCode: 8, http: 429 },
	FAILED_PRECONDITION: { grpcCode: 9, http: 400 },
	ABORTED: { grpcCode: 10, http: 409 },
	OUT_OF_RANGE: { grpcCode: 11, http: 400 },
	UNIMPLEMENTED: { grpcCode: 12, http: 501 },
	INTERNAL: { grpcCode: 13, http: 500 },
	UNAVAILABLE: { grpcCode: 14, http: 503 },
	DATA_LOSS: { grpcCode: 15, http: 500 },
};

/** The google.rpc pair of a canonical name, or undefined for a name code.proto lacks. */
export function rpcCodeOf(name: string): RpcCode | undefined {
	return Object.hasOwn(GOOGLE_RPC_CODES, name) ? GOOGLE_RPC_CODES[name] : undefined;
}
