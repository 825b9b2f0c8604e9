/**
 * Errors as Office.js raises them: an `OfficeExtension.Error`-shaped object
 * with a string `code` ("ItemNotFound", "InvalidArgument"…), a message and
 * `debugInfo`, so code under test handles the fake's errors exactly as Excel's.
 */

export type FakeErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | (string & {});

export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  /** Not part of Office.js: which sync raised it (1-based), for test messages. */
  readonly syncIndex?: number;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function notLoaded(property: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeExcelError {
  return new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(message: string): FakeExcelError {
  return new FakeExcelError("InvalidArgument", message);
}
