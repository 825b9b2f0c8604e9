/**
 * A host failure described for people: the one type every adapter's
 * `describeHostError` returns (Office.js's in excel/describeHostError.ts, and
 * each host's to come) and the pane shows. The pane imports it from here,
 * never from an adapter.
 */
export interface HostError {
  /** A stable code: the host's error code (e.g. "ItemNotFound", "RequestPayloadSizeLimitExceeded"), or "Unknown", "Unexpected". */
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  /** True when trying the same thing again may work (at once, or after the user fixes what the message says). */
  readonly retryable: boolean;
}
