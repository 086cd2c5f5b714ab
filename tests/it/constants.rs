//! The library constants in `assets/constants.toml`: every key is an entry of
//! `codes.toml`, every name exists in its library with the same code, and no
//! name a library recommends for a registered code is missing.

use std::collections::BTreeMap;

use toml::{Table, Value};

/// How a library regards one of its names for a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The name the library's documentation recommends for the code.
    Current,
    /// An older or alternative name the library keeps for compatibility.
    Former,
    /// A name the library marks as deprecated or obsolete.
    Deprecated,
}

use Kind::{Current, Deprecated, Former};

/// Every `(code, name, kind)` a library defines.
type Names = &'static [(u16, &'static str, Kind)];

/// The libraries in display order, with the names each defines.
const LIBRARIES: [(&str, Names); 8] = [
    ("rust", RUST),
    ("go", GO),
    ("python", PYTHON),
    ("dotnet", DOTNET),
    ("spring", SPRING),
    ("node", NODE),
    ("rails", RAILS),
    ("symfony", SYMFONY),
];

/// The `http` crate 1.5.0, `src/status.rs` (hyperium/http): every entry of
/// `status_codes!`. The crate has no aliases or deprecated names.
const RUST: Names = &[
    (100, "CONTINUE", Current),
    (101, "SWITCHING_PROTOCOLS", Current),
    (102, "PROCESSING", Current),
    (103, "EARLY_HINTS", Current),
    (200, "OK", Current),
    (201, "CREATED", Current),
    (202, "ACCEPTED", Current),
    (203, "NON_AUTHORITATIVE_INFORMATION", Current),
    (204, "NO_CONTENT", Current),
    (205, "RESET_CONTENT", Current),
    (206, "PARTIAL_CONTENT", Current),
    (207, "MULTI_STATUS", Current),
    (208, "ALREADY_REPORTED", Current),
    (226, "IM_USED", Current),
    (300, "MULTIPLE_CHOICES", Current),
    (301, "MOVED_PERMANENTLY", Current),
    (302, "FOUND", Current),
    (303, "SEE_OTHER", Current),
    (304, "NOT_MODIFIED", Current),
    (305, "USE_PROXY", Current),
    (307, "TEMPORARY_REDIRECT", Current),
    (308, "PERMANENT_REDIRECT", Current),
    (400, "BAD_REQUEST", Current),
    (401, "UNAUTHORIZED", Current),
    (402, "PAYMENT_REQUIRED", Current),
    (403, "FORBIDDEN", Current),
    (404, "NOT_FOUND", Current),
    (405, "METHOD_NOT_ALLOWED", Current),
    (406, "NOT_ACCEPTABLE", Current),
    (407, "PROXY_AUTHENTICATION_REQUIRED", Current),
    (408, "REQUEST_TIMEOUT", Current),
    (409, "CONFLICT", Current),
    (410, "GONE", Current),
    (411, "LENGTH_REQUIRED", Current),
    (412, "PRECONDITION_FAILED", Current),
    (413, "PAYLOAD_TOO_LARGE", Current),
    (414, "URI_TOO_LONG", Current),
    (415, "UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "RANGE_NOT_SATISFIABLE", Current),
    (417, "EXPECTATION_FAILED", Current),
    (418, "IM_A_TEAPOT", Current),
    (421, "MISDIRECTED_REQUEST", Current),
    (422, "UNPROCESSABLE_ENTITY", Current),
    (423, "LOCKED", Current),
    (424, "FAILED_DEPENDENCY", Current),
    (425, "TOO_EARLY", Current),
    (426, "UPGRADE_REQUIRED", Current),
    (428, "PRECONDITION_REQUIRED", Current),
    (429, "TOO_MANY_REQUESTS", Current),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE", Current),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS", Current),
    (500, "INTERNAL_SERVER_ERROR", Current),
    (501, "NOT_IMPLEMENTED", Current),
    (502, "BAD_GATEWAY", Current),
    (503, "SERVICE_UNAVAILABLE", Current),
    (504, "GATEWAY_TIMEOUT", Current),
    (505, "HTTP_VERSION_NOT_SUPPORTED", Current),
    (506, "VARIANT_ALSO_NEGOTIATES", Current),
    (507, "INSUFFICIENT_STORAGE", Current),
    (508, "LOOP_DETECTED", Current),
    (510, "NOT_EXTENDED", Current),
    (511, "NETWORK_AUTHENTICATION_REQUIRED", Current),
];

/// Go 1.27, `src/net/http/status.go` (golang/go): the `Status*` constants. The
/// list has not changed since `StatusEarlyHints` (1.13); 306 is declared as `_`.
const GO: Names = &[
    (100, "StatusContinue", Current),
    (101, "StatusSwitchingProtocols", Current),
    (102, "StatusProcessing", Current),
    (103, "StatusEarlyHints", Current),
    (200, "StatusOK", Current),
    (201, "StatusCreated", Current),
    (202, "StatusAccepted", Current),
    (203, "StatusNonAuthoritativeInfo", Current),
    (204, "StatusNoContent", Current),
    (205, "StatusResetContent", Current),
    (206, "StatusPartialContent", Current),
    (207, "StatusMultiStatus", Current),
    (208, "StatusAlreadyReported", Current),
    (226, "StatusIMUsed", Current),
    (300, "StatusMultipleChoices", Current),
    (301, "StatusMovedPermanently", Current),
    (302, "StatusFound", Current),
    (303, "StatusSeeOther", Current),
    (304, "StatusNotModified", Current),
    (305, "StatusUseProxy", Current),
    (307, "StatusTemporaryRedirect", Current),
    (308, "StatusPermanentRedirect", Current),
    (400, "StatusBadRequest", Current),
    (401, "StatusUnauthorized", Current),
    (402, "StatusPaymentRequired", Current),
    (403, "StatusForbidden", Current),
    (404, "StatusNotFound", Current),
    (405, "StatusMethodNotAllowed", Current),
    (406, "StatusNotAcceptable", Current),
    (407, "StatusProxyAuthRequired", Current),
    (408, "StatusRequestTimeout", Current),
    (409, "StatusConflict", Current),
    (410, "StatusGone", Current),
    (411, "StatusLengthRequired", Current),
    (412, "StatusPreconditionFailed", Current),
    (413, "StatusRequestEntityTooLarge", Current),
    (414, "StatusRequestURITooLong", Current),
    (415, "StatusUnsupportedMediaType", Current),
    (416, "StatusRequestedRangeNotSatisfiable", Current),
    (417, "StatusExpectationFailed", Current),
    (418, "StatusTeapot", Current),
    (421, "StatusMisdirectedRequest", Current),
    (422, "StatusUnprocessableEntity", Current),
    (423, "StatusLocked", Current),
    (424, "StatusFailedDependency", Current),
    (425, "StatusTooEarly", Current),
    (426, "StatusUpgradeRequired", Current),
    (428, "StatusPreconditionRequired", Current),
    (429, "StatusTooManyRequests", Current),
    (431, "StatusRequestHeaderFieldsTooLarge", Current),
    (451, "StatusUnavailableForLegalReasons", Current),
    (500, "StatusInternalServerError", Current),
    (501, "StatusNotImplemented", Current),
    (502, "StatusBadGateway", Current),
    (503, "StatusServiceUnavailable", Current),
    (504, "StatusGatewayTimeout", Current),
    (505, "StatusHTTPVersionNotSupported", Current),
    (506, "StatusVariantAlsoNegotiates", Current),
    (507, "StatusInsufficientStorage", Current),
    (508, "StatusLoopDetected", Current),
    (510, "StatusNotExtended", Current),
    (511, "StatusNetworkAuthenticationRequired", Current),
];

/// `CPython` 3.14, `Lib/http/__init__.py` (python/cpython): the members of
/// `HTTPStatus`, then the four pre-RFC 9110 names kept as aliases since 3.13.
const PYTHON: Names = &[
    (100, "CONTINUE", Current),
    (101, "SWITCHING_PROTOCOLS", Current),
    (102, "PROCESSING", Current),
    (103, "EARLY_HINTS", Current),
    (200, "OK", Current),
    (201, "CREATED", Current),
    (202, "ACCEPTED", Current),
    (203, "NON_AUTHORITATIVE_INFORMATION", Current),
    (204, "NO_CONTENT", Current),
    (205, "RESET_CONTENT", Current),
    (206, "PARTIAL_CONTENT", Current),
    (207, "MULTI_STATUS", Current),
    (208, "ALREADY_REPORTED", Current),
    (226, "IM_USED", Current),
    (300, "MULTIPLE_CHOICES", Current),
    (301, "MOVED_PERMANENTLY", Current),
    (302, "FOUND", Current),
    (303, "SEE_OTHER", Current),
    (304, "NOT_MODIFIED", Current),
    (305, "USE_PROXY", Current),
    (307, "TEMPORARY_REDIRECT", Current),
    (308, "PERMANENT_REDIRECT", Current),
    (400, "BAD_REQUEST", Current),
    (401, "UNAUTHORIZED", Current),
    (402, "PAYMENT_REQUIRED", Current),
    (403, "FORBIDDEN", Current),
    (404, "NOT_FOUND", Current),
    (405, "METHOD_NOT_ALLOWED", Current),
    (406, "NOT_ACCEPTABLE", Current),
    (407, "PROXY_AUTHENTICATION_REQUIRED", Current),
    (408, "REQUEST_TIMEOUT", Current),
    (409, "CONFLICT", Current),
    (410, "GONE", Current),
    (411, "LENGTH_REQUIRED", Current),
    (412, "PRECONDITION_FAILED", Current),
    (413, "CONTENT_TOO_LARGE", Current),
    (414, "URI_TOO_LONG", Current),
    (415, "UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "RANGE_NOT_SATISFIABLE", Current),
    (417, "EXPECTATION_FAILED", Current),
    (418, "IM_A_TEAPOT", Current),
    (421, "MISDIRECTED_REQUEST", Current),
    (422, "UNPROCESSABLE_CONTENT", Current),
    (423, "LOCKED", Current),
    (424, "FAILED_DEPENDENCY", Current),
    (425, "TOO_EARLY", Current),
    (426, "UPGRADE_REQUIRED", Current),
    (428, "PRECONDITION_REQUIRED", Current),
    (429, "TOO_MANY_REQUESTS", Current),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE", Current),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS", Current),
    (500, "INTERNAL_SERVER_ERROR", Current),
    (501, "NOT_IMPLEMENTED", Current),
    (502, "BAD_GATEWAY", Current),
    (503, "SERVICE_UNAVAILABLE", Current),
    (504, "GATEWAY_TIMEOUT", Current),
    (505, "HTTP_VERSION_NOT_SUPPORTED", Current),
    (506, "VARIANT_ALSO_NEGOTIATES", Current),
    (507, "INSUFFICIENT_STORAGE", Current),
    (508, "LOOP_DETECTED", Current),
    (510, "NOT_EXTENDED", Current),
    (511, "NETWORK_AUTHENTICATION_REQUIRED", Current),
    (413, "REQUEST_ENTITY_TOO_LARGE", Former),
    (414, "REQUEST_URI_TOO_LONG", Former),
    (416, "REQUESTED_RANGE_NOT_SATISFIABLE", Former),
    (422, "UNPROCESSABLE_ENTITY", Former),
];

/// .NET 10, `src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs`
/// (dotnet/runtime): the members of `HttpStatusCode`, with `UnprocessableContent`
/// (added in .NET 8), then the synonyms the enum also declares.
const DOTNET: Names = &[
    (100, "Continue", Current),
    (101, "SwitchingProtocols", Current),
    (102, "Processing", Current),
    (103, "EarlyHints", Current),
    (200, "OK", Current),
    (201, "Created", Current),
    (202, "Accepted", Current),
    (203, "NonAuthoritativeInformation", Current),
    (204, "NoContent", Current),
    (205, "ResetContent", Current),
    (206, "PartialContent", Current),
    (207, "MultiStatus", Current),
    (208, "AlreadyReported", Current),
    (226, "IMUsed", Current),
    (300, "MultipleChoices", Current),
    (301, "MovedPermanently", Current),
    (302, "Found", Current),
    (303, "SeeOther", Current),
    (304, "NotModified", Current),
    (305, "UseProxy", Current),
    (306, "Unused", Current),
    (307, "TemporaryRedirect", Current),
    (308, "PermanentRedirect", Current),
    (400, "BadRequest", Current),
    (401, "Unauthorized", Current),
    (402, "PaymentRequired", Current),
    (403, "Forbidden", Current),
    (404, "NotFound", Current),
    (405, "MethodNotAllowed", Current),
    (406, "NotAcceptable", Current),
    (407, "ProxyAuthenticationRequired", Current),
    (408, "RequestTimeout", Current),
    (409, "Conflict", Current),
    (410, "Gone", Current),
    (411, "LengthRequired", Current),
    (412, "PreconditionFailed", Current),
    (413, "RequestEntityTooLarge", Current),
    (414, "RequestUriTooLong", Current),
    (415, "UnsupportedMediaType", Current),
    (416, "RequestedRangeNotSatisfiable", Current),
    (417, "ExpectationFailed", Current),
    (421, "MisdirectedRequest", Current),
    (422, "UnprocessableContent", Current),
    (423, "Locked", Current),
    (424, "FailedDependency", Current),
    (426, "UpgradeRequired", Current),
    (428, "PreconditionRequired", Current),
    (429, "TooManyRequests", Current),
    (431, "RequestHeaderFieldsTooLarge", Current),
    (451, "UnavailableForLegalReasons", Current),
    (500, "InternalServerError", Current),
    (501, "NotImplemented", Current),
    (502, "BadGateway", Current),
    (503, "ServiceUnavailable", Current),
    (504, "GatewayTimeout", Current),
    (505, "HttpVersionNotSupported", Current),
    (506, "VariantAlsoNegotiates", Current),
    (507, "InsufficientStorage", Current),
    (508, "LoopDetected", Current),
    (510, "NotExtended", Current),
    (511, "NetworkAuthenticationRequired", Current),
    (300, "Ambiguous", Former),
    (301, "Moved", Former),
    (302, "Redirect", Former),
    (303, "RedirectMethod", Former),
    (307, "RedirectKeepVerb", Former),
    (422, "UnprocessableEntity", Former),
];

/// Spring Framework 7.0, `spring-web/src/main/java/org/springframework/http/HttpStatus.java`
/// (spring-projects/spring-framework): the constants confirmed for 7.0. The long-deprecated
/// constants that 7.0 dropped (`MOVED_TEMPORARILY`, `REQUEST_ENTITY_TOO_LARGE`, ...) are
/// not listed, nor those whose presence in 7.0 could not be confirmed (`USE_PROXY`,
/// `CHECKPOINT`, `INSUFFICIENT_SPACE_ON_RESOURCE`, `METHOD_FAILURE`, `DESTINATION_LOCKED`).
const SPRING: Names = &[
    (100, "CONTINUE", Current),
    (101, "SWITCHING_PROTOCOLS", Current),
    (102, "PROCESSING", Current),
    (103, "EARLY_HINTS", Current),
    (200, "OK", Current),
    (201, "CREATED", Current),
    (202, "ACCEPTED", Current),
    (203, "NON_AUTHORITATIVE_INFORMATION", Current),
    (204, "NO_CONTENT", Current),
    (205, "RESET_CONTENT", Current),
    (206, "PARTIAL_CONTENT", Current),
    (207, "MULTI_STATUS", Current),
    (208, "ALREADY_REPORTED", Current),
    (226, "IM_USED", Current),
    (300, "MULTIPLE_CHOICES", Current),
    (301, "MOVED_PERMANENTLY", Current),
    (302, "FOUND", Current),
    (303, "SEE_OTHER", Current),
    (304, "NOT_MODIFIED", Current),
    (307, "TEMPORARY_REDIRECT", Current),
    (308, "PERMANENT_REDIRECT", Current),
    (400, "BAD_REQUEST", Current),
    (401, "UNAUTHORIZED", Current),
    (402, "PAYMENT_REQUIRED", Current),
    (403, "FORBIDDEN", Current),
    (404, "NOT_FOUND", Current),
    (405, "METHOD_NOT_ALLOWED", Current),
    (406, "NOT_ACCEPTABLE", Current),
    (407, "PROXY_AUTHENTICATION_REQUIRED", Current),
    (408, "REQUEST_TIMEOUT", Current),
    (409, "CONFLICT", Current),
    (410, "GONE", Current),
    (411, "LENGTH_REQUIRED", Current),
    (412, "PRECONDITION_FAILED", Current),
    (413, "CONTENT_TOO_LARGE", Current),
    (414, "URI_TOO_LONG", Current),
    (415, "UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "REQUESTED_RANGE_NOT_SATISFIABLE", Current),
    (417, "EXPECTATION_FAILED", Current),
    (418, "I_AM_A_TEAPOT", Current),
    (422, "UNPROCESSABLE_CONTENT", Current),
    (423, "LOCKED", Current),
    (424, "FAILED_DEPENDENCY", Current),
    (425, "TOO_EARLY", Current),
    (426, "UPGRADE_REQUIRED", Current),
    (428, "PRECONDITION_REQUIRED", Current),
    (429, "TOO_MANY_REQUESTS", Current),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE", Current),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS", Current),
    (500, "INTERNAL_SERVER_ERROR", Current),
    (501, "NOT_IMPLEMENTED", Current),
    (502, "BAD_GATEWAY", Current),
    (503, "SERVICE_UNAVAILABLE", Current),
    (504, "GATEWAY_TIMEOUT", Current),
    (505, "HTTP_VERSION_NOT_SUPPORTED", Current),
    (506, "VARIANT_ALSO_NEGOTIATES", Current),
    (507, "INSUFFICIENT_STORAGE", Current),
    (508, "LOOP_DETECTED", Current),
    (510, "NOT_EXTENDED", Current),
    (511, "NETWORK_AUTHENTICATION_REQUIRED", Current),
    (413, "PAYLOAD_TOO_LARGE", Deprecated),
    (422, "UNPROCESSABLE_ENTITY", Deprecated),
    (509, "BANDWIDTH_LIMIT_EXCEEDED", Deprecated),
];

/// Node.js 20.20, `src/node_http2.h` (nodejs/node), `HTTP_STATUS_CODES`: what
/// `require('node:http2').constants` exposes as `HTTP_STATUS_*`.
const NODE: Names = &[
    (100, "HTTP_STATUS_CONTINUE", Current),
    (101, "HTTP_STATUS_SWITCHING_PROTOCOLS", Current),
    (102, "HTTP_STATUS_PROCESSING", Current),
    (103, "HTTP_STATUS_EARLY_HINTS", Current),
    (200, "HTTP_STATUS_OK", Current),
    (201, "HTTP_STATUS_CREATED", Current),
    (202, "HTTP_STATUS_ACCEPTED", Current),
    (203, "HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION", Current),
    (204, "HTTP_STATUS_NO_CONTENT", Current),
    (205, "HTTP_STATUS_RESET_CONTENT", Current),
    (206, "HTTP_STATUS_PARTIAL_CONTENT", Current),
    (207, "HTTP_STATUS_MULTI_STATUS", Current),
    (208, "HTTP_STATUS_ALREADY_REPORTED", Current),
    (226, "HTTP_STATUS_IM_USED", Current),
    (300, "HTTP_STATUS_MULTIPLE_CHOICES", Current),
    (301, "HTTP_STATUS_MOVED_PERMANENTLY", Current),
    (302, "HTTP_STATUS_FOUND", Current),
    (303, "HTTP_STATUS_SEE_OTHER", Current),
    (304, "HTTP_STATUS_NOT_MODIFIED", Current),
    (305, "HTTP_STATUS_USE_PROXY", Current),
    (307, "HTTP_STATUS_TEMPORARY_REDIRECT", Current),
    (308, "HTTP_STATUS_PERMANENT_REDIRECT", Current),
    (400, "HTTP_STATUS_BAD_REQUEST", Current),
    (401, "HTTP_STATUS_UNAUTHORIZED", Current),
    (402, "HTTP_STATUS_PAYMENT_REQUIRED", Current),
    (403, "HTTP_STATUS_FORBIDDEN", Current),
    (404, "HTTP_STATUS_NOT_FOUND", Current),
    (405, "HTTP_STATUS_METHOD_NOT_ALLOWED", Current),
    (406, "HTTP_STATUS_NOT_ACCEPTABLE", Current),
    (407, "HTTP_STATUS_PROXY_AUTHENTICATION_REQUIRED", Current),
    (408, "HTTP_STATUS_REQUEST_TIMEOUT", Current),
    (409, "HTTP_STATUS_CONFLICT", Current),
    (410, "HTTP_STATUS_GONE", Current),
    (411, "HTTP_STATUS_LENGTH_REQUIRED", Current),
    (412, "HTTP_STATUS_PRECONDITION_FAILED", Current),
    (413, "HTTP_STATUS_PAYLOAD_TOO_LARGE", Current),
    (414, "HTTP_STATUS_URI_TOO_LONG", Current),
    (415, "HTTP_STATUS_UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "HTTP_STATUS_RANGE_NOT_SATISFIABLE", Current),
    (417, "HTTP_STATUS_EXPECTATION_FAILED", Current),
    (418, "HTTP_STATUS_TEAPOT", Current),
    (421, "HTTP_STATUS_MISDIRECTED_REQUEST", Current),
    (422, "HTTP_STATUS_UNPROCESSABLE_ENTITY", Current),
    (423, "HTTP_STATUS_LOCKED", Current),
    (424, "HTTP_STATUS_FAILED_DEPENDENCY", Current),
    (425, "HTTP_STATUS_TOO_EARLY", Current),
    (426, "HTTP_STATUS_UPGRADE_REQUIRED", Current),
    (428, "HTTP_STATUS_PRECONDITION_REQUIRED", Current),
    (429, "HTTP_STATUS_TOO_MANY_REQUESTS", Current),
    (431, "HTTP_STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE", Current),
    (451, "HTTP_STATUS_UNAVAILABLE_FOR_LEGAL_REASONS", Current),
    (500, "HTTP_STATUS_INTERNAL_SERVER_ERROR", Current),
    (501, "HTTP_STATUS_NOT_IMPLEMENTED", Current),
    (502, "HTTP_STATUS_BAD_GATEWAY", Current),
    (503, "HTTP_STATUS_SERVICE_UNAVAILABLE", Current),
    (504, "HTTP_STATUS_GATEWAY_TIMEOUT", Current),
    (505, "HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED", Current),
    (506, "HTTP_STATUS_VARIANT_ALSO_NEGOTIATES", Current),
    (507, "HTTP_STATUS_INSUFFICIENT_STORAGE", Current),
    (508, "HTTP_STATUS_LOOP_DETECTED", Current),
    (509, "HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED", Current),
    (510, "HTTP_STATUS_NOT_EXTENDED", Current),
    (511, "HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED", Current),
];

/// Rack 3.2, `lib/rack/utils.rb` (rack/rack): `SYMBOL_TO_STATUS_CODE`, derived from
/// `HTTP_STATUS_CODES`, then `OBSOLETE_SYMBOLS_TO_STATUS_CODES`, which still resolve
/// with a deprecation warning. Rails' `status:` option looks symbols up here.
const RAILS: Names = &[
    (100, "continue", Current),
    (101, "switching_protocols", Current),
    (102, "processing", Current),
    (103, "early_hints", Current),
    (200, "ok", Current),
    (201, "created", Current),
    (202, "accepted", Current),
    (203, "non_authoritative_information", Current),
    (204, "no_content", Current),
    (205, "reset_content", Current),
    (206, "partial_content", Current),
    (207, "multi_status", Current),
    (208, "already_reported", Current),
    (226, "im_used", Current),
    (300, "multiple_choices", Current),
    (301, "moved_permanently", Current),
    (302, "found", Current),
    (303, "see_other", Current),
    (304, "not_modified", Current),
    (305, "use_proxy", Current),
    (307, "temporary_redirect", Current),
    (308, "permanent_redirect", Current),
    (400, "bad_request", Current),
    (401, "unauthorized", Current),
    (402, "payment_required", Current),
    (403, "forbidden", Current),
    (404, "not_found", Current),
    (405, "method_not_allowed", Current),
    (406, "not_acceptable", Current),
    (407, "proxy_authentication_required", Current),
    (408, "request_timeout", Current),
    (409, "conflict", Current),
    (410, "gone", Current),
    (411, "length_required", Current),
    (412, "precondition_failed", Current),
    (413, "content_too_large", Current),
    (414, "uri_too_long", Current),
    (415, "unsupported_media_type", Current),
    (416, "range_not_satisfiable", Current),
    (417, "expectation_failed", Current),
    (421, "misdirected_request", Current),
    (422, "unprocessable_content", Current),
    (423, "locked", Current),
    (424, "failed_dependency", Current),
    (425, "too_early", Current),
    (426, "upgrade_required", Current),
    (428, "precondition_required", Current),
    (429, "too_many_requests", Current),
    (431, "request_header_fields_too_large", Current),
    (451, "unavailable_for_legal_reasons", Current),
    (500, "internal_server_error", Current),
    (501, "not_implemented", Current),
    (502, "bad_gateway", Current),
    (503, "service_unavailable", Current),
    (504, "gateway_timeout", Current),
    (505, "http_version_not_supported", Current),
    (506, "variant_also_negotiates", Current),
    (507, "insufficient_storage", Current),
    (508, "loop_detected", Current),
    (511, "network_authentication_required", Current),
    (413, "payload_too_large", Deprecated),
    (422, "unprocessable_entity", Deprecated),
    (509, "bandwidth_limit_exceeded", Deprecated),
    (510, "not_extended", Deprecated),
];

/// Symfony 8.0, `src/Symfony/Component/HttpFoundation/Response.php` (symfony/symfony):
/// the `HTTP_*` constants. They have not changed since 5.0.
const SYMFONY: Names = &[
    (100, "HTTP_CONTINUE", Current),
    (101, "HTTP_SWITCHING_PROTOCOLS", Current),
    (102, "HTTP_PROCESSING", Current),
    (103, "HTTP_EARLY_HINTS", Current),
    (200, "HTTP_OK", Current),
    (201, "HTTP_CREATED", Current),
    (202, "HTTP_ACCEPTED", Current),
    (203, "HTTP_NON_AUTHORITATIVE_INFORMATION", Current),
    (204, "HTTP_NO_CONTENT", Current),
    (205, "HTTP_RESET_CONTENT", Current),
    (206, "HTTP_PARTIAL_CONTENT", Current),
    (207, "HTTP_MULTI_STATUS", Current),
    (208, "HTTP_ALREADY_REPORTED", Current),
    (226, "HTTP_IM_USED", Current),
    (300, "HTTP_MULTIPLE_CHOICES", Current),
    (301, "HTTP_MOVED_PERMANENTLY", Current),
    (302, "HTTP_FOUND", Current),
    (303, "HTTP_SEE_OTHER", Current),
    (304, "HTTP_NOT_MODIFIED", Current),
    (305, "HTTP_USE_PROXY", Current),
    (306, "HTTP_RESERVED", Current),
    (307, "HTTP_TEMPORARY_REDIRECT", Current),
    (308, "HTTP_PERMANENTLY_REDIRECT", Current),
    (400, "HTTP_BAD_REQUEST", Current),
    (401, "HTTP_UNAUTHORIZED", Current),
    (402, "HTTP_PAYMENT_REQUIRED", Current),
    (403, "HTTP_FORBIDDEN", Current),
    (404, "HTTP_NOT_FOUND", Current),
    (405, "HTTP_METHOD_NOT_ALLOWED", Current),
    (406, "HTTP_NOT_ACCEPTABLE", Current),
    (407, "HTTP_PROXY_AUTHENTICATION_REQUIRED", Current),
    (408, "HTTP_REQUEST_TIMEOUT", Current),
    (409, "HTTP_CONFLICT", Current),
    (410, "HTTP_GONE", Current),
    (411, "HTTP_LENGTH_REQUIRED", Current),
    (412, "HTTP_PRECONDITION_FAILED", Current),
    (413, "HTTP_REQUEST_ENTITY_TOO_LARGE", Current),
    (414, "HTTP_REQUEST_URI_TOO_LONG", Current),
    (415, "HTTP_UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "HTTP_REQUESTED_RANGE_NOT_SATISFIABLE", Current),
    (417, "HTTP_EXPECTATION_FAILED", Current),
    (418, "HTTP_I_AM_A_TEAPOT", Current),
    (421, "HTTP_MISDIRECTED_REQUEST", Current),
    (422, "HTTP_UNPROCESSABLE_ENTITY", Current),
    (423, "HTTP_LOCKED", Current),
    (424, "HTTP_FAILED_DEPENDENCY", Current),
    (425, "HTTP_TOO_EARLY", Current),
    (426, "HTTP_UPGRADE_REQUIRED", Current),
    (428, "HTTP_PRECONDITION_REQUIRED", Current),
    (429, "HTTP_TOO_MANY_REQUESTS", Current),
    (431, "HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE", Current),
    (451, "HTTP_UNAVAILABLE_FOR_LEGAL_REASONS", Current),
    (500, "HTTP_INTERNAL_SERVER_ERROR", Current),
    (501, "HTTP_NOT_IMPLEMENTED", Current),
    (502, "HTTP_BAD_GATEWAY", Current),
    (503, "HTTP_SERVICE_UNAVAILABLE", Current),
    (504, "HTTP_GATEWAY_TIMEOUT", Current),
    (505, "HTTP_VERSION_NOT_SUPPORTED", Current),
    (506, "HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL", Current),
    (507, "HTTP_INSUFFICIENT_STORAGE", Current),
    (508, "HTTP_LOOP_DETECTED", Current),
    (510, "HTTP_NOT_EXTENDED", Current),
    (511, "HTTP_NETWORK_AUTHENTICATION_REQUIRED", Current),
];
/// An entry of `codes.toml`: its code and whether the code is registered.
#[derive(Debug, Clone, Copy)]
struct Entry {
    code: u16,
    registered: bool,
}

fn parse(name: &str, text: &str) -> Table {
    toml::from_str(text).unwrap_or_else(|err| panic!("{name} does not parse: {err}"))
}

/// The entries of `codes.toml`, by key: the `id`, or else the code as a string.
fn entries() -> BTreeMap<String, Entry> {
    let file = parse("codes.toml", include_str!("../../assets/codes.toml"));
    let list = file["entry"]
        .as_array()
        .expect("codes.toml has [[entry]] tables");
    list.iter()
        .map(|entry| {
            let code = entry["code"].as_integer().expect("every entry has a code");
            let code = u16::try_from(code).expect("codes fit in u16");
            let key = entry
                .get("id")
                .and_then(Value::as_str)
                .map_or_else(|| code.to_string(), str::to_owned);
            let registered = entry["status"].as_str() != Some("unofficial");
            (key, Entry { code, registered })
        })
        .collect()
}

fn constants() -> Table {
    parse(
        "constants.toml",
        include_str!("../../assets/constants.toml"),
    )
}

/// One library's table in `constants.toml`.
fn library(key: &str) -> Table {
    constants()["libraries"][key]
        .as_table()
        .unwrap_or_else(|| panic!("constants.toml has no [libraries.{key}]"))
        .clone()
}

/// One library's `codes`: entry key -> name.
fn codes(key: &str) -> BTreeMap<String, String> {
    library(key)["codes"]
        .as_table()
        .unwrap_or_else(|| panic!("[libraries.{key}] has no codes table"))
        .iter()
        .map(|(id, name)| {
            let name = name
                .as_str()
                .unwrap_or_else(|| panic!("{key} {id}: the name is not a string"));
            (id.clone(), name.to_owned())
        })
        .collect()
}

/// The constant for an entry as written in code, through the template.
fn written(key: &str, id: &str) -> String {
    let template = library(key)["template"]
        .as_str()
        .expect("a template")
        .to_owned();
    let name = codes(key)
        .remove(id)
        .unwrap_or_else(|| panic!("{key} names no constant for {id}"));
    template.replace("{}", &name)
}

#[test]
fn the_eight_libraries_appear_in_display_order() {
    let text = include_str!("../../assets/constants.toml");
    let positions: Vec<usize> = LIBRARIES
        .iter()
        .map(|(key, _)| {
            text.find(&format!("[libraries.{key}]\n"))
                .unwrap_or_else(|| panic!("no [libraries.{key}] table"))
        })
        .collect();
    assert!(
        positions.is_sorted(),
        "libraries are out of order: {positions:?}"
    );
    let file = constants();
    let keys: Vec<&str> = file["libraries"]
        .as_table()
        .expect("libraries")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected: Vec<&str> = LIBRARIES.iter().map(|(key, _)| *key).collect();
    expected.sort_unstable();
    assert_eq!(keys, expected, "constants.toml has other libraries");
}

#[test]
fn every_library_has_a_name_a_version_and_a_template_with_one_placeholder() {
    for (key, _) in LIBRARIES {
        let table = library(key);
        for field in ["name", "version", "template"] {
            let value = table.get(field).and_then(Value::as_str).unwrap_or_default();
            assert!(
                !value.trim().is_empty(),
                "{key}: {field} is missing or empty"
            );
        }
        let template = table["template"].as_str().expect("a template");
        assert_eq!(
            template.matches("{}").count(),
            1,
            "{key}: template {template:?}"
        );
        let mut fields: Vec<&String> = table.keys().collect();
        fields.sort();
        assert_eq!(
            fields,
            ["codes", "name", "template", "version"],
            "{key}: unexpected fields"
        );
    }
}

#[test]
fn every_key_is_an_entry_of_codes_toml() {
    let entries = entries();
    for (key, _) in LIBRARIES {
        for id in codes(key).keys() {
            assert!(
                entries.contains_key(id),
                "{key}: {id:?} is not an entry key of codes.toml"
            );
        }
    }
}

#[test]
fn every_name_exists_in_its_library_with_the_entrys_code() {
    let entries = entries();
    for (key, names) in LIBRARIES {
        for (id, name) in codes(key) {
            let code = entries[&id].code;
            let defined: Vec<u16> = names.iter().filter(|n| n.1 == name).map(|n| n.0).collect();
            assert!(
                !defined.is_empty(),
                "{key}: {name} is not a name the library defines"
            );
            assert_eq!(
                defined,
                [code],
                "{key}: {name} is {defined:?} in the library, but {id} is {code}"
            );
        }
    }
}

#[test]
fn no_name_a_library_recommends_for_a_registered_code_is_missing() {
    let entries = entries();
    for (key, names) in LIBRARIES {
        let codes = codes(key);
        for &(code, name, kind) in names {
            if kind != Current {
                continue;
            }
            let registered = entries
                .iter()
                .find(|(_, entry)| entry.code == code && entry.registered);
            if let Some((id, _)) = registered {
                assert_eq!(
                    codes.get(id).map(String::as_str),
                    Some(name),
                    "{key}: {id} should be named {name}"
                );
            }
        }
    }
}

#[test]
fn a_former_or_deprecated_name_is_used_only_where_the_library_has_no_current_one() {
    let entries = entries();
    for (key, names) in LIBRARIES {
        for (id, name) in codes(key) {
            let code = entries[&id].code;
            let kind = names.iter().find(|n| n.1 == name).map(|n| n.2);
            if kind == Some(Current) {
                continue;
            }
            let current = names.iter().find(|n| n.0 == code && n.2 == Current);
            assert!(
                current.is_none(),
                "{key}: {id} uses {name} ({kind:?}) although the library recommends {current:?}"
            );
        }
    }
}

#[test]
fn the_transcribed_lists_name_each_code_once_and_each_name_once() {
    for (key, names) in LIBRARIES {
        for (at, &(code, name, kind)) in names.iter().enumerate() {
            assert!((100..=599).contains(&code), "{key}: {name} has code {code}");
            let again = names[at + 1..].iter().find(|n| n.1 == name);
            assert!(again.is_none(), "{key}: {name} is listed twice");
            if kind == Current {
                let other = names[at + 1..]
                    .iter()
                    .find(|n| n.0 == code && n.2 == Current);
                assert!(other.is_none(), "{key}: {code} has two current names");
            }
        }
        let kinds = [Current, Former, Deprecated];
        assert!(names.iter().all(|n| kinds.contains(&n.2)));
    }
}

#[test]
fn well_known_codes_have_the_names_users_write() {
    let name = |key: &str, id: &str| codes(key).remove(id);
    assert_eq!(name("rust", "418").as_deref(), Some("IM_A_TEAPOT"));
    assert_eq!(name("go", "418").as_deref(), Some("StatusTeapot"));
    assert_eq!(name("rust", "422").as_deref(), Some("UNPROCESSABLE_ENTITY"));
    assert_eq!(
        name("go", "422").as_deref(),
        Some("StatusUnprocessableEntity")
    );
    assert_eq!(name("python", "404").as_deref(), Some("NOT_FOUND"));
    assert_eq!(name("dotnet", "404").as_deref(), Some("NotFound"));
    assert_eq!(name("spring", "404").as_deref(), Some("NOT_FOUND"));
    assert_eq!(
        name("node", "404").as_deref(),
        Some("HTTP_STATUS_NOT_FOUND")
    );
    assert_eq!(name("rails", "404").as_deref(), Some("not_found"));
    assert_eq!(name("symfony", "404").as_deref(), Some("HTTP_NOT_FOUND"));
}

#[test]
fn templates_write_the_constant_as_code_does() {
    assert_eq!(written("rust", "404"), "StatusCode::NOT_FOUND");
    assert_eq!(written("go", "404"), "http.StatusNotFound");
    assert_eq!(written("python", "422"), "HTTPStatus.UNPROCESSABLE_CONTENT");
    assert_eq!(written("dotnet", "404"), "HttpStatusCode.NotFound");
    assert_eq!(written("spring", "418"), "HttpStatus.I_AM_A_TEAPOT");
    assert_eq!(written("node", "418"), "http2.constants.HTTP_STATUS_TEAPOT");
    assert_eq!(written("rails", "422"), ":unprocessable_content");
    assert_eq!(
        written("symfony", "422"),
        "Response::HTTP_UNPROCESSABLE_ENTITY"
    );
}
