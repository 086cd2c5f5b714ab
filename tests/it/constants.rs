//! The library constants in `assets/constants.toml`, checked against each
//! library's own names: the full list as its source defines them at the release
//! the file names, and the history of those names across earlier releases.
//! Both are transcribed here from the libraries' sources, independently of the
//! program's model of the file.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use toml::{Table, Value};

/// How a library's source regards one of its names at the checked release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The name the library gives the code.
    Current,
    /// A second name kept for compatibility or as a synonym, not deprecated.
    Alias,
    /// A name the source marks deprecated.
    Deprecated,
}

use Kind::{Alias, Current, Deprecated};

/// Every `(code, name, kind)` a library defines at the checked release.
type Names = &'static [(u16, &'static str, Kind)];

/// Names of the entries' meanings whose life was not "in the first release
/// and current ever since": `(code, name, the release that introduced it or
/// None for the first one, the last release in which it was the current name
/// or None while it still is)`.
type History = &'static [(
    u16,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
)];

/// What `constants.toml` must say about one library, and the facts to check
/// its names against.
#[derive(Debug)]
struct Library {
    key: &'static str,
    name: &'static str,
    version: &'static str,
    source: &'static str,
    template: &'static str,
    /// The oldest release the history goes back to.
    first: &'static str,
    names: Names,
    history: History,
    /// Codes the library names with another meaning than the catalogue's
    /// entry of that number (419 Insufficient Space on Resource, 419
    /// Authentication Timeout).
    other_meaning: &'static [u16],
}

/// The libraries in display order, as `constants.toml` must list them.
const LIBRARIES: [Library; 11] = [
    Library {
        key: "rust",
        name: "http (axum, hyper, reqwest)",
        version: "1.5",
        source: "src/status.rs",
        template: "StatusCode::{}",
        first: "0.1",
        names: RUST,
        history: RUST_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "go",
        name: "Go net/http",
        version: "1.27",
        source: "src/net/http/status.go",
        template: "http.{}",
        first: "1.0",
        names: GO,
        history: GO_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "python",
        name: "Python http.HTTPStatus",
        version: "3.15",
        source: "Lib/http/__init__.py",
        template: "HTTPStatus.{}",
        first: "3.5",
        names: PYTHON,
        history: PYTHON_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "dotnet",
        name: ".NET System.Net.HttpStatusCode",
        version: "10.0",
        source: "src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs",
        template: "HttpStatusCode.{}",
        first: "2.0",
        names: DOTNET,
        history: DOTNET_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "aspnet",
        name: "ASP.NET Core StatusCodes",
        version: "10.0",
        source: "src/Http/Http.Abstractions/src/StatusCodes.cs",
        template: "StatusCodes.{}",
        first: "1.0",
        names: ASPNET,
        history: ASPNET_HISTORY,
        other_meaning: &[419],
    },
    Library {
        key: "spring",
        name: "Spring Framework HttpStatus",
        version: "7.0",
        source: "spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        template: "HttpStatus.{}",
        first: "3.0",
        names: SPRING,
        history: SPRING_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "node",
        name: "Node.js http2.constants",
        version: "24",
        source: "src/node_http2.h",
        template: "http2.constants.{}",
        first: "8.4",
        names: NODE,
        history: NODE_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "js",
        name: "http-status-codes (npm)",
        version: "2.3",
        source: "src/status-codes.ts",
        template: "StatusCodes.{}",
        first: "2.0",
        names: JS,
        history: JS_HISTORY,
        other_meaning: &[419],
    },
    Library {
        key: "rails",
        name: "Rails status symbols (Rack)",
        version: "3.2",
        source: "lib/rack/utils.rb",
        template: ":{}",
        first: "1.1",
        names: RAILS,
        history: RAILS_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "plug",
        name: "Elixir Plug status atoms",
        version: "1.19",
        source: "lib/plug/conn/status.ex",
        template: ":{}",
        first: "0.8",
        names: PLUG,
        history: PLUG_HISTORY,
        other_meaning: &[],
    },
    Library {
        key: "symfony",
        name: "Symfony / Laravel",
        version: "8.1",
        source: "src/Symfony/Component/HttpFoundation/Response.php",
        template: "Response::{}",
        first: "2.4",
        names: SYMFONY,
        history: SYMFONY_HISTORY,
        other_meaning: &[],
    },
];

/// `http` 1.5.0 (hyperium/http), `src/status.rs`: every entry of the
/// `status_codes!` table. History: tags v0.1.0 to v1.4.2.
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

/// The history of `RUST`.
const RUST_HISTORY: History = &[
    (425, "TOO_EARLY", Some("1.2"), None),
    (103, "EARLY_HINTS", Some("1.4"), None),
];

/// Go 1.27.3 (golang/go), `src/net/http/status.go`: the `Status*` constants
/// (306 is declared as `_`). History: `api/go1.txt` to `api/go1.27.txt`.
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

/// The history of `GO`.
const GO_HISTORY: History = &[
    (428, "StatusPreconditionRequired", Some("1.6"), None),
    (429, "StatusTooManyRequests", Some("1.6"), None),
    (431, "StatusRequestHeaderFieldsTooLarge", Some("1.6"), None),
    (451, "StatusUnavailableForLegalReasons", Some("1.6"), None),
    (
        511,
        "StatusNetworkAuthenticationRequired",
        Some("1.6"),
        None,
    ),
    (102, "StatusProcessing", Some("1.7"), None),
    (207, "StatusMultiStatus", Some("1.7"), None),
    (208, "StatusAlreadyReported", Some("1.7"), None),
    (226, "StatusIMUsed", Some("1.7"), None),
    (308, "StatusPermanentRedirect", Some("1.7"), None),
    (422, "StatusUnprocessableEntity", Some("1.7"), None),
    (423, "StatusLocked", Some("1.7"), None),
    (424, "StatusFailedDependency", Some("1.7"), None),
    (426, "StatusUpgradeRequired", Some("1.7"), None),
    (506, "StatusVariantAlsoNegotiates", Some("1.7"), None),
    (507, "StatusInsufficientStorage", Some("1.7"), None),
    (508, "StatusLoopDetected", Some("1.7"), None),
    (510, "StatusNotExtended", Some("1.7"), None),
    (421, "StatusMisdirectedRequest", Some("1.11"), None),
    (425, "StatusTooEarly", Some("1.12"), None),
    (103, "StatusEarlyHints", Some("1.13"), None),
];

/// Python 3.15.2 (python/cpython), `Lib/http/__init__.py`: the members of
/// `HTTPStatus` and the aliases assigned after them (the same in 3.13.18 and
/// 3.14.10; 3.11.7 has the old names as members). History: the version notes of
/// the `http` module's documentation.
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
    (413, "REQUEST_ENTITY_TOO_LARGE", Alias),
    (414, "URI_TOO_LONG", Current),
    (414, "REQUEST_URI_TOO_LONG", Alias),
    (415, "UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "RANGE_NOT_SATISFIABLE", Current),
    (416, "REQUESTED_RANGE_NOT_SATISFIABLE", Alias),
    (417, "EXPECTATION_FAILED", Current),
    (418, "IM_A_TEAPOT", Current),
    (421, "MISDIRECTED_REQUEST", Current),
    (422, "UNPROCESSABLE_CONTENT", Current),
    (422, "UNPROCESSABLE_ENTITY", Alias),
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

/// The history of `PYTHON`.
const PYTHON_HISTORY: History = &[
    (421, "MISDIRECTED_REQUEST", Some("3.7"), None),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS", Some("3.8"), None),
    (103, "EARLY_HINTS", Some("3.9"), None),
    (418, "IM_A_TEAPOT", Some("3.9"), None),
    (425, "TOO_EARLY", Some("3.9"), None),
    (413, "REQUEST_ENTITY_TOO_LARGE", None, Some("3.12")),
    (413, "CONTENT_TOO_LARGE", Some("3.13"), None),
    (414, "REQUEST_URI_TOO_LONG", None, Some("3.12")),
    (414, "URI_TOO_LONG", Some("3.13"), None),
    (416, "REQUESTED_RANGE_NOT_SATISFIABLE", None, Some("3.12")),
    (416, "RANGE_NOT_SATISFIABLE", Some("3.13"), None),
    (422, "UNPROCESSABLE_ENTITY", None, Some("3.12")),
    (422, "UNPROCESSABLE_CONTENT", Some("3.13"), None),
];

/// .NET 10.0 (dotnet/runtime),
/// `src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs`: the
/// members of `HttpStatusCode`; the synonyms of 300, 301, 302, 303 and 307 and
/// the older 422 name are aliases. History: the 2.0-vs-2.1, 8.0, 9.0 and 10.0
/// API diffs in dotnet/core `release-notes`.
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
    (300, "Ambiguous", Alias),
    (301, "MovedPermanently", Current),
    (301, "Moved", Alias),
    (302, "Found", Current),
    (302, "Redirect", Alias),
    (303, "SeeOther", Current),
    (303, "RedirectMethod", Alias),
    (304, "NotModified", Current),
    (305, "UseProxy", Current),
    (306, "Unused", Current),
    (307, "TemporaryRedirect", Current),
    (307, "RedirectKeepVerb", Alias),
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
    (422, "UnprocessableEntity", Alias),
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
];

/// The history of `DOTNET`.
const DOTNET_HISTORY: History = &[
    (102, "Processing", Some("2.1"), None),
    (103, "EarlyHints", Some("2.1"), None),
    (207, "MultiStatus", Some("2.1"), None),
    (208, "AlreadyReported", Some("2.1"), None),
    (226, "IMUsed", Some("2.1"), None),
    (308, "PermanentRedirect", Some("2.1"), None),
    (421, "MisdirectedRequest", Some("2.1"), None),
    (423, "Locked", Some("2.1"), None),
    (424, "FailedDependency", Some("2.1"), None),
    (428, "PreconditionRequired", Some("2.1"), None),
    (429, "TooManyRequests", Some("2.1"), None),
    (431, "RequestHeaderFieldsTooLarge", Some("2.1"), None),
    (451, "UnavailableForLegalReasons", Some("2.1"), None),
    (506, "VariantAlsoNegotiates", Some("2.1"), None),
    (507, "InsufficientStorage", Some("2.1"), None),
    (508, "LoopDetected", Some("2.1"), None),
    (510, "NotExtended", Some("2.1"), None),
    (511, "NetworkAuthenticationRequired", Some("2.1"), None),
    (422, "UnprocessableEntity", Some("2.1"), Some("7.0")),
    (422, "UnprocessableContent", Some("8.0"), None),
];

/// ASP.NET Core 10.0 (dotnet/aspnetcore), `src/Http/Http.Abstractions/src/StatusCodes.cs`:
/// the constants of `StatusCodes`; those marked "RFC 2616, renamed" are aliases.
/// History: aspnet/HttpAbstractions
/// `src/Microsoft.AspNetCore.Http.Abstractions/StatusCodes.cs` at tags 1.0.0 to
/// 2.2.0, then the 8.0, 9.0 and 10.0 API diffs in dotnet/core `release-notes`.
const ASPNET: Names = &[
    (100, "Status100Continue", Current),
    (101, "Status101SwitchingProtocols", Current),
    (102, "Status102Processing", Current),
    (200, "Status200OK", Current),
    (201, "Status201Created", Current),
    (202, "Status202Accepted", Current),
    (203, "Status203NonAuthoritative", Current),
    (204, "Status204NoContent", Current),
    (205, "Status205ResetContent", Current),
    (206, "Status206PartialContent", Current),
    (207, "Status207MultiStatus", Current),
    (208, "Status208AlreadyReported", Current),
    (226, "Status226IMUsed", Current),
    (300, "Status300MultipleChoices", Current),
    (301, "Status301MovedPermanently", Current),
    (302, "Status302Found", Current),
    (303, "Status303SeeOther", Current),
    (304, "Status304NotModified", Current),
    (305, "Status305UseProxy", Current),
    (306, "Status306SwitchProxy", Current),
    (307, "Status307TemporaryRedirect", Current),
    (308, "Status308PermanentRedirect", Current),
    (400, "Status400BadRequest", Current),
    (401, "Status401Unauthorized", Current),
    (402, "Status402PaymentRequired", Current),
    (403, "Status403Forbidden", Current),
    (404, "Status404NotFound", Current),
    (405, "Status405MethodNotAllowed", Current),
    (406, "Status406NotAcceptable", Current),
    (407, "Status407ProxyAuthenticationRequired", Current),
    (408, "Status408RequestTimeout", Current),
    (409, "Status409Conflict", Current),
    (410, "Status410Gone", Current),
    (411, "Status411LengthRequired", Current),
    (412, "Status412PreconditionFailed", Current),
    (413, "Status413PayloadTooLarge", Current),
    (413, "Status413RequestEntityTooLarge", Alias),
    (414, "Status414UriTooLong", Current),
    (414, "Status414RequestUriTooLong", Alias),
    (415, "Status415UnsupportedMediaType", Current),
    (416, "Status416RangeNotSatisfiable", Current),
    (416, "Status416RequestedRangeNotSatisfiable", Alias),
    (417, "Status417ExpectationFailed", Current),
    (418, "Status418ImATeapot", Current),
    (419, "Status419AuthenticationTimeout", Current),
    (421, "Status421MisdirectedRequest", Current),
    (422, "Status422UnprocessableEntity", Current),
    (423, "Status423Locked", Current),
    (424, "Status424FailedDependency", Current),
    (426, "Status426UpgradeRequired", Current),
    (428, "Status428PreconditionRequired", Current),
    (429, "Status429TooManyRequests", Current),
    (431, "Status431RequestHeaderFieldsTooLarge", Current),
    (451, "Status451UnavailableForLegalReasons", Current),
    (499, "Status499ClientClosedRequest", Current),
    (500, "Status500InternalServerError", Current),
    (501, "Status501NotImplemented", Current),
    (502, "Status502BadGateway", Current),
    (503, "Status503ServiceUnavailable", Current),
    (504, "Status504GatewayTimeout", Current),
    (505, "Status505HttpVersionNotsupported", Current),
    (506, "Status506VariantAlsoNegotiates", Current),
    (507, "Status507InsufficientStorage", Current),
    (508, "Status508LoopDetected", Current),
    (510, "Status510NotExtended", Current),
    (511, "Status511NetworkAuthenticationRequired", Current),
];

/// The history of `ASPNET`.
const ASPNET_HISTORY: History = &[
    (207, "Status207MultiStatus", Some("1.1"), None),
    (308, "Status308PermanentRedirect", Some("1.1"), None),
    (422, "Status422UnprocessableEntity", Some("1.1"), None),
    (423, "Status423Locked", Some("1.1"), None),
    (424, "Status424FailedDependency", Some("1.1"), None),
    (
        451,
        "Status451UnavailableForLegalReasons",
        Some("1.1"),
        None,
    ),
    (507, "Status507InsufficientStorage", Some("1.1"), None),
    (100, "Status100Continue", Some("2.0"), None),
    (101, "Status101SwitchingProtocols", Some("2.0"), None),
    (102, "Status102Processing", Some("2.0"), None),
    (208, "Status208AlreadyReported", Some("2.0"), None),
    (226, "Status226IMUsed", Some("2.0"), None),
    (421, "Status421MisdirectedRequest", Some("2.0"), None),
    (426, "Status426UpgradeRequired", Some("2.0"), None),
    (428, "Status428PreconditionRequired", Some("2.0"), None),
    (429, "Status429TooManyRequests", Some("2.0"), None),
    (
        431,
        "Status431RequestHeaderFieldsTooLarge",
        Some("2.0"),
        None,
    ),
    (508, "Status508LoopDetected", Some("2.0"), None),
    (510, "Status510NotExtended", Some("2.0"), None),
    (
        511,
        "Status511NetworkAuthenticationRequired",
        Some("2.0"),
        None,
    ),
    (413, "Status413RequestEntityTooLarge", None, Some("1.1")),
    (413, "Status413PayloadTooLarge", Some("2.0"), None),
    (414, "Status414RequestUriTooLong", None, Some("1.1")),
    (414, "Status414UriTooLong", Some("2.0"), None),
    (
        416,
        "Status416RequestedRangeNotSatisfiable",
        None,
        Some("1.1"),
    ),
    (416, "Status416RangeNotSatisfiable", Some("2.0"), None),
    (499, "Status499ClientClosedRequest", Some("8.0"), None),
];

/// Spring Framework 7.0.0 to 7.0.9 (spring-projects/spring-framework),
/// `spring-web/src/main/java/org/springframework/http/HttpStatus.java`: the
/// constants of `HttpStatus`, `@Deprecated` ones marked so. History: tags
/// v3.0.0.RELEASE to v7.0.9.
const SPRING: Names = &[
    (100, "CONTINUE", Current),
    (101, "SWITCHING_PROTOCOLS", Current),
    (102, "PROCESSING", Deprecated),
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
    (413, "PAYLOAD_TOO_LARGE", Deprecated),
    (414, "URI_TOO_LONG", Current),
    (415, "UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "REQUESTED_RANGE_NOT_SATISFIABLE", Current),
    (417, "EXPECTATION_FAILED", Current),
    (418, "I_AM_A_TEAPOT", Deprecated),
    (421, "MISDIRECTED_REQUEST", Current),
    (422, "UNPROCESSABLE_CONTENT", Current),
    (422, "UNPROCESSABLE_ENTITY", Deprecated),
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
    (509, "BANDWIDTH_LIMIT_EXCEEDED", Deprecated),
    (510, "NOT_EXTENDED", Deprecated),
    (511, "NETWORK_AUTHENTICATION_REQUIRED", Current),
];

/// The history of `SPRING`.
const SPRING_HISTORY: History = &[
    (102, "PROCESSING", Some("3.0.1"), None),
    (207, "MULTI_STATUS", Some("3.0.1"), None),
    (208, "ALREADY_REPORTED", Some("3.0.1"), None),
    (226, "IM_USED", Some("3.0.1"), None),
    (423, "LOCKED", Some("3.0.1"), None),
    (424, "FAILED_DEPENDENCY", Some("3.0.1"), None),
    (426, "UPGRADE_REQUIRED", Some("3.0.1"), None),
    (506, "VARIANT_ALSO_NEGOTIATES", Some("3.0.1"), None),
    (507, "INSUFFICIENT_STORAGE", Some("3.0.1"), None),
    (508, "LOOP_DETECTED", Some("3.0.1"), None),
    (510, "NOT_EXTENDED", Some("3.0.1"), None),
    (418, "I_AM_A_TEAPOT", Some("3.1.1"), None),
    (428, "PRECONDITION_REQUIRED", Some("3.1.1"), None),
    (429, "TOO_MANY_REQUESTS", Some("3.1.1"), None),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE", Some("3.1.1"), None),
    (509, "BANDWIDTH_LIMIT_EXCEEDED", Some("3.1.1"), None),
    (511, "NETWORK_AUTHENTICATION_REQUIRED", Some("3.1.1"), None),
    (302, "MOVED_TEMPORARILY", None, Some("3.0.0")),
    (302, "FOUND", Some("3.0.1"), None),
    (308, "PERMANENT_REDIRECT", Some("4.1"), None),
    (413, "REQUEST_TOO_LONG", None, Some("3.0.0")),
    (413, "REQUEST_ENTITY_TOO_LARGE", Some("3.0.1"), Some("4.0")),
    (413, "PAYLOAD_TOO_LARGE", Some("4.1"), Some("6.2")),
    (413, "CONTENT_TOO_LARGE", Some("7.0"), None),
    (414, "REQUEST_URI_TOO_LONG", None, Some("4.0")),
    (414, "URI_TOO_LONG", Some("4.1"), None),
    (421, "MISDIRECTED_REQUEST", Some("7.0"), None),
    (422, "UNPROCESSABLE_ENTITY", Some("3.0.1"), Some("6.2")),
    (422, "UNPROCESSABLE_CONTENT", Some("7.0"), None),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS", Some("4.3"), None),
    (425, "TOO_EARLY", Some("5.2"), None),
    (103, "EARLY_HINTS", Some("6.0.5"), None),
];

/// Node.js 24.22.3 (nodejs/node), `src/node_http2.h`, `HTTP_STATUS_CODES`, as
/// `require('node:http2').constants` has them (the same in 26.12.1). History:
/// the same constants in the 8.4.0 to 14.0.0 releases.
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

/// The history of `NODE`.
const NODE_HISTORY: History = &[
    (103, "HTTP_STATUS_EARLY_HINTS", Some("9.1"), None),
    (425, "HTTP_STATUS_TOO_EARLY", Some("13.0"), None),
];

/// http-status-codes 2.3.0 (prettymuchbryce/http-status-codes),
/// `src/status-codes.ts`: the members of `StatusCodes`, `@deprecated` ones marked
/// so. History: tags v2.0.0 to v2.3.0.
const JS: Names = &[
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
    (300, "MULTIPLE_CHOICES", Current),
    (301, "MOVED_PERMANENTLY", Current),
    (302, "MOVED_TEMPORARILY", Current),
    (303, "SEE_OTHER", Current),
    (304, "NOT_MODIFIED", Current),
    (305, "USE_PROXY", Deprecated),
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
    (413, "REQUEST_TOO_LONG", Current),
    (414, "REQUEST_URI_TOO_LONG", Current),
    (415, "UNSUPPORTED_MEDIA_TYPE", Current),
    (416, "REQUESTED_RANGE_NOT_SATISFIABLE", Current),
    (417, "EXPECTATION_FAILED", Current),
    (418, "IM_A_TEAPOT", Current),
    (419, "INSUFFICIENT_SPACE_ON_RESOURCE", Current),
    (420, "METHOD_FAILURE", Deprecated),
    (421, "MISDIRECTED_REQUEST", Current),
    (422, "UNPROCESSABLE_ENTITY", Current),
    (423, "LOCKED", Current),
    (424, "FAILED_DEPENDENCY", Current),
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
    (507, "INSUFFICIENT_STORAGE", Current),
    (511, "NETWORK_AUTHENTICATION_REQUIRED", Current),
];

/// The history of `JS`.
const JS_HISTORY: History = &[
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS", Some("2.1"), None),
    (421, "MISDIRECTED_REQUEST", Some("2.2"), None),
    (103, "EARLY_HINTS", Some("2.3"), None),
    (426, "UPGRADE_REQUIRED", Some("2.3"), None),
];

/// Rack 3.2.7 (rack/rack), `lib/rack/utils.rb`: the symbols
/// `SYMBOL_TO_STATUS_CODE` derives from `HTTP_STATUS_CODES`, and the deprecated
/// fallbacks of `OBSOLETE_SYMBOLS_TO_STATUS_CODES`. History: tags 1.1 to v3.2.7.
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
    (413, "payload_too_large", Deprecated),
    (414, "uri_too_long", Current),
    (415, "unsupported_media_type", Current),
    (416, "range_not_satisfiable", Current),
    (417, "expectation_failed", Current),
    (421, "misdirected_request", Current),
    (422, "unprocessable_content", Current),
    (422, "unprocessable_entity", Deprecated),
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
    (509, "bandwidth_limit_exceeded", Deprecated),
    (510, "not_extended", Deprecated),
    (511, "network_authentication_required", Current),
];

/// The history of `RAILS`.
const RAILS_HISTORY: History = &[
    (208, "already_reported", Some("1.5"), None),
    (308, "permanent_redirect", Some("1.5"), None),
    (428, "precondition_required", Some("1.5"), None),
    (429, "too_many_requests", Some("1.5"), None),
    (431, "request_header_fields_too_large", Some("1.5"), None),
    (508, "loop_detected", Some("1.5"), None),
    (511, "network_authentication_required", Some("1.5"), None),
    (413, "request_entity_too_large", None, Some("1.5")),
    (413, "payload_too_large", Some("1.6"), Some("3.0")),
    (413, "content_too_large", Some("3.1"), None),
    (414, "request_uri_too_long", None, Some("1.5")),
    (414, "uri_too_long", Some("1.6"), None),
    (416, "requested_range_not_satisfiable", None, Some("1.5")),
    (416, "range_not_satisfiable", Some("1.6"), None),
    (421, "misdirected_request", Some("2.0"), None),
    (451, "unavailable_for_legal_reasons", Some("2.0"), None),
    (103, "early_hints", Some("2.1"), None),
    (425, "too_early", Some("2.1"), None),
    (509, "bandwidth_limit_exceeded", Some("2.1"), None),
    (422, "unprocessable_entity", None, Some("3.0")),
    (422, "unprocessable_content", Some("3.1"), None),
];

/// Plug 1.19.2 (elixir-plug/plug), `lib/plug/conn/status.ex`: the atoms derived
/// from the `statuses` map, and `aliased_statuses`. History: tags v0.8.0 to
/// v1.19.2.
const PLUG: Names = &[
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
    (306, "switch_proxy", Current),
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
    (413, "request_entity_too_large", Current),
    (414, "request_uri_too_long", Current),
    (415, "unsupported_media_type", Current),
    (416, "requested_range_not_satisfiable", Current),
    (417, "expectation_failed", Current),
    (418, "im_a_teapot", Current),
    (421, "misdirected_request", Current),
    (422, "unprocessable_content", Current),
    (422, "unprocessable_entity", Alias),
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
    (510, "not_extended", Current),
    (511, "network_authentication_required", Current),
];

/// The history of `PLUG`.
const PLUG_HISTORY: History = &[
    (418, "im_a_teapot", Some("0.13"), None),
    (421, "misdirected_request", Some("0.13"), None),
    (226, "instance_manipulation_used", Some("0.13"), Some("1.2")),
    (226, "im_used", Some("1.3"), None),
    (306, "reserved", None, Some("1.2")),
    (306, "switch_proxy", Some("1.3"), None),
    (103, "early_hints", Some("1.6"), None),
    (451, "unavailable_for_legal_reasons", Some("1.7"), None),
    (425, "too_early", Some("1.8"), None),
    (422, "unprocessable_entity", None, Some("1.18")),
    (422, "unprocessable_content", Some("1.19"), None),
];

/// Symfony 8.1.10 (symfony/symfony),
/// `src/Symfony/Component/HttpFoundation/Response.php`: the `HTTP_*` constants
/// (the same at v7.1.5 and in 7.4.22). History: tags v2.4.0 to v7.1.5.
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

/// The history of `SYMFONY`.
const SYMFONY_HISTORY: History = &[
    (
        451,
        "HTTP_UNAVAILABLE_FOR_LEGAL_REASONS",
        Some("2.7.10"),
        None,
    ),
    (421, "HTTP_MISDIRECTED_REQUEST", Some("2.7.14"), None),
    (103, "HTTP_EARLY_HINTS", Some("2.7.46"), None),
    (425, "HTTP_TOO_EARLY", Some("2.8.43"), None),
];

/// A constant as `constants.toml` states it.
#[derive(Debug)]
struct Constant {
    name: String,
    since: Option<String>,
    deprecated: bool,
    former: Vec<Former>,
}

/// A former name as `constants.toml` states it.
#[derive(Debug)]
struct Former {
    name: String,
    since: Option<String>,
    until: String,
}

fn parse(name: &str, text: &str) -> Table {
    toml::from_str(text).unwrap_or_else(|err| panic!("{name} does not parse: {err}"))
}

/// The code of every entry of `codes.toml`, by key (the `id`, or else the
/// code as a string), and whether the code is registered.
fn entries() -> BTreeMap<String, (u16, bool)> {
    let file = parse("codes.toml", include_str!("../../assets/codes.toml"));
    let list = file["entry"].as_array().expect("codes.toml has [[entry]]");
    list.iter()
        .map(|entry| {
            let code = entry["code"].as_integer().expect("every entry has a code");
            let code = u16::try_from(code).expect("codes fit in u16");
            let key = entry
                .get("id")
                .and_then(Value::as_str)
                .map_or_else(|| code.to_string(), str::to_owned);
            let registered = entry["status"].as_str() != Some("unofficial");
            (key, (code, registered))
        })
        .collect()
}

/// The `[[library]]` tables of `constants.toml`, in file order.
fn tables() -> Vec<Table> {
    let file = parse(
        "constants.toml",
        include_str!("../../assets/constants.toml"),
    );
    file["library"]
        .as_array()
        .expect("constants.toml has [[library]] tables")
        .iter()
        .map(|table| table.as_table().expect("a library is a table").clone())
        .collect()
}

/// The table of one library.
fn table(key: &str) -> Table {
    tables()
        .into_iter()
        .find(|table| table.get("key").and_then(Value::as_str) == Some(key))
        .unwrap_or_else(|| panic!("constants.toml has no library {key:?}"))
}

fn text(value: &Value, what: &str) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{what} is not a string"))
        .to_owned()
}

/// One library's constants, by entry key.
fn constants(key: &str) -> BTreeMap<String, Constant> {
    let table = table(key);
    let codes = table["codes"]
        .as_table()
        .unwrap_or_else(|| panic!("{key} has no codes table"));
    codes
        .iter()
        .map(|(id, value)| {
            let what = format!("{key} {id}");
            let constant = match value {
                Value::String(name) => Constant {
                    name: name.clone(),
                    since: None,
                    deprecated: false,
                    former: Vec::new(),
                },
                Value::Table(fields) => Constant {
                    name: text(&fields["name"], &what),
                    since: fields.get("since").map(|v| text(v, &what)),
                    deprecated: fields
                        .get("deprecated")
                        .is_some_and(|v| v.as_bool().expect("deprecated is a bool")),
                    former: fields
                        .get("former")
                        .map(|v| v.as_array().expect("former is an array").as_slice())
                        .unwrap_or_default()
                        .iter()
                        .map(|former| Former {
                            name: text(&former["name"], &what),
                            since: former.get("since").map(|v| text(v, &what)),
                            until: text(&former["until"], &what),
                        })
                        .collect(),
                },
                other => panic!("{what}: {other:?} is neither a name nor a table"),
            };
            (id.clone(), constant)
        })
        .collect()
}

/// A release as numbers: "3.0.1" is [3, 0, 1].
fn release(version: &str) -> Vec<u32> {
    version
        .split('.')
        .map(|part| {
            part.parse()
                .unwrap_or_else(|_| panic!("{version:?} is not a release number"))
        })
        .collect()
}

/// Orders releases by their numbers; missing parts count as 0, so "3.0" and
/// "3.0.0" are the same release.
fn compare(a: &str, b: &str) -> Ordering {
    let (a, b) = (release(a), release(b));
    let len = a.len().max(b.len());
    let part = |v: &[u32], i: usize| v.get(i).copied().unwrap_or(0);
    (0..len)
        .map(|i| part(&a, i).cmp(&part(&b, i)))
        .find(|order| order.is_ne())
        .unwrap_or(Ordering::Equal)
}

/// The history record of a name, if it has one.
fn record(
    library: &Library,
    code: u16,
    name: &str,
) -> Option<(Option<&'static str>, Option<&'static str>)> {
    library
        .history
        .iter()
        .find(|h| h.0 == code && h.1 == name)
        .map(|h| (h.2, h.3))
}

/// The kind of a name at the checked release, if the library defines it there
/// with that code.
fn kind(library: &Library, code: u16, name: &str) -> Option<Kind> {
    library
        .names
        .iter()
        .find(|n| n.0 == code && n.1 == name)
        .map(|n| n.2)
}

#[test]
fn the_libraries_are_listed_in_display_order_with_their_labels() {
    let tables = tables();
    let keys: Vec<String> = tables.iter().map(|t| text(&t["key"], "key")).collect();
    let expected: Vec<&str> = LIBRARIES.iter().map(|l| l.key).collect();
    assert_eq!(keys, expected, "libraries or their order differ");
    for (table, library) in tables.iter().zip(&LIBRARIES) {
        let field = |name: &str| text(&table[name], &format!("{} {name}", library.key));
        assert_eq!(field("name"), library.name, "{}: name", library.key);
        assert_eq!(
            field("version"),
            library.version,
            "{}: version",
            library.key
        );
        assert_eq!(field("source"), library.source, "{}: source", library.key);
        assert_eq!(
            field("template"),
            library.template,
            "{}: template",
            library.key
        );
    }
}

#[test]
fn the_tables_have_exactly_the_fields_of_the_schema() {
    let allowed = |value: &Value, fields: &[&str], what: &str| {
        let table = value
            .as_table()
            .unwrap_or_else(|| panic!("{what} is not a table"));
        for key in table.keys() {
            assert!(
                fields.contains(&key.as_str()),
                "{what}: unknown field {key:?}"
            );
        }
    };
    for table in tables() {
        let key = text(&table["key"], "key");
        let mut fields: Vec<&str> = table.keys().map(String::as_str).collect();
        fields.sort_unstable();
        assert_eq!(
            fields,
            ["codes", "key", "name", "source", "template", "version"],
            "{key}: fields"
        );
        let template = text(&table["template"], "template");
        assert_eq!(
            template.matches("{}").count(),
            1,
            "{key}: template {template:?}"
        );
        release(&text(&table["version"], "version"));
        let codes = table["codes"].as_table().expect("a codes table");
        assert!(!codes.is_empty(), "{key}: no codes");
        for (id, value) in codes {
            let what = format!("{key} {id}");
            if value.is_str() {
                continue;
            }
            allowed(value, &["name", "since", "deprecated", "former"], &what);
            for former in value
                .get("former")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                allowed(former, &["name", "since", "until"], &what);
            }
        }
        for (id, constant) in constants(&key) {
            let what = format!("{key} {id}");
            assert!(!constant.name.trim().is_empty(), "{what}: empty name");
            constant.since.as_deref().map(release);
            for former in &constant.former {
                assert!(!former.name.trim().is_empty(), "{what}: empty former name");
                assert_ne!(former.name, constant.name, "{what}: former is the name");
                former.since.as_deref().map(release);
                release(&former.until);
            }
        }
    }
}

#[test]
fn every_key_is_an_entry_of_codes_toml() {
    let entries = entries();
    for library in &LIBRARIES {
        for id in constants(library.key).keys() {
            assert!(
                entries.contains_key(id),
                "{}: {id:?} is not an entry key of codes.toml",
                library.key
            );
        }
    }
}

#[test]
fn every_name_is_defined_with_the_entrys_code_at_the_named_release() {
    let entries = entries();
    for library in &LIBRARIES {
        for (id, constant) in constants(library.key) {
            let code = entries[&id].0;
            let defined: Vec<u16> = library
                .names
                .iter()
                .filter(|n| n.1 == constant.name)
                .map(|n| n.0)
                .collect();
            assert_eq!(
                defined,
                [code],
                "{} {}: {} is {defined:?} in {}, the entry is {code}",
                library.key,
                library.version,
                constant.name,
                library.source
            );
        }
    }
}

#[test]
fn every_former_name_had_the_entrys_code_in_the_releases_stated() {
    let entries = entries();
    for library in &LIBRARIES {
        for (id, constant) in constants(library.key) {
            let code = entries[&id].0;
            for former in &constant.former {
                let what = format!("{} {id}: former {}", library.key, former.name);
                let (since, until) = record(library, code, &former.name)
                    .unwrap_or_else(|| panic!("{what} is not a {code} name in the history"));
                assert_eq!(former.since.as_deref(), since, "{what}: since");
                assert_eq!(Some(former.until.as_str()), until, "{what}: until");
                if let Some(kind) = kind(library, code, &former.name) {
                    assert_ne!(kind, Current, "{what} is still the current name");
                }
            }
        }
    }
}

#[test]
fn no_name_a_library_recommends_for_a_registered_code_is_missing() {
    let entries = entries();
    for library in &LIBRARIES {
        let constants = constants(library.key);
        for &(code, name, kind) in library.names {
            if kind != Current || library.other_meaning.contains(&code) {
                continue;
            }
            let registered = entries.iter().find(|(_, e)| e.0 == code && e.1);
            if let Some((id, _)) = registered {
                assert_eq!(
                    constants.get(id).map(|c| c.name.as_str()),
                    Some(name),
                    "{}: {id} should be {name}",
                    library.key
                );
            }
        }
    }
}

#[test]
fn an_alias_or_deprecated_name_is_used_only_where_the_library_has_no_current_one() {
    let entries = entries();
    for library in &LIBRARIES {
        for (id, constant) in constants(library.key) {
            let code = entries[&id].0;
            if kind(library, code, &constant.name) == Some(Current) {
                continue;
            }
            let current = library.names.iter().find(|n| n.0 == code && n.2 == Current);
            assert!(
                current.is_none(),
                "{}: {id} is {} although the library gives {current:?}",
                library.key,
                constant.name
            );
        }
    }
}

#[test]
fn since_is_the_release_that_introduced_the_name() {
    let entries = entries();
    for library in &LIBRARIES {
        for (id, constant) in constants(library.key) {
            let code = entries[&id].0;
            let what = format!("{} {id}: {}", library.key, constant.name);
            let (introduced, until) = record(library, code, &constant.name).unwrap_or((None, None));
            assert_eq!(constant.since.as_deref(), introduced, "{what}: since");
            assert_eq!(until, None, "{what} is no longer current in the history");
            if let Some(since) = &constant.since {
                assert_eq!(
                    compare(library.first, since),
                    Ordering::Less,
                    "{what}: since {since}"
                );
                assert_ne!(
                    compare(since, library.version),
                    Ordering::Greater,
                    "{what}: since {since}"
                );
            }
        }
    }
}

#[test]
fn former_names_end_before_the_next_name_begins() {
    for library in &LIBRARIES {
        for (id, constant) in constants(library.key) {
            let what = format!("{} {id}", library.key);
            let mut next = constant.since.clone();
            for former in constant.former.iter().rev() {
                if let Some(next) = &next {
                    assert_eq!(
                        compare(&former.until, next),
                        Ordering::Less,
                        "{what}: {} until {} is not before {next}",
                        former.name,
                        former.until
                    );
                }
                if let Some(since) = &former.since {
                    assert_ne!(
                        compare(since, &former.until),
                        Ordering::Greater,
                        "{what}: {} since {since} is after its until",
                        former.name
                    );
                }
                assert_eq!(
                    compare(&former.until, library.version),
                    Ordering::Less,
                    "{what}"
                );
                next.clone_from(&former.since);
            }
            let untils: Vec<&str> = constant.former.iter().map(|f| f.until.as_str()).collect();
            assert!(
                untils.is_sorted_by(|a, b| compare(a, b).is_lt()),
                "{what}: former names are not in order: {untils:?}"
            );
        }
    }
}

#[test]
fn every_former_name_in_the_history_is_listed() {
    let entries = entries();
    for library in &LIBRARIES {
        let constants = constants(library.key);
        for &(code, name, _, until) in library.history {
            if until.is_none() {
                continue;
            }
            let listed = constants.iter().find(|(id, _)| entries[*id].0 == code);
            if let Some((id, constant)) = listed {
                assert!(
                    constant.former.iter().any(|f| f.name == name),
                    "{}: {id} does not list the former name {name}",
                    library.key
                );
            }
        }
    }
}

#[test]
fn deprecated_flags_match_the_source() {
    let entries = entries();
    for library in &LIBRARIES {
        for (id, constant) in constants(library.key) {
            let code = entries[&id].0;
            let deprecated = kind(library, code, &constant.name) == Some(Deprecated);
            assert_eq!(
                constant.deprecated, deprecated,
                "{} {id}: {} deprecated",
                library.key, constant.name
            );
        }
    }
}

#[test]
fn codes_with_another_meaning_are_left_out() {
    let entries = entries();
    for library in &LIBRARIES {
        for &code in library.other_meaning {
            assert!(
                library.names.iter().any(|n| n.0 == code),
                "{}: the source has no {code}",
                library.key
            );
            let listed = constants(library.key)
                .into_keys()
                .find(|id| entries[id].0 == code);
            assert_eq!(listed, None, "{}: {code} means something else", library.key);
        }
    }
}

#[test]
fn the_transcriptions_are_consistent() {
    for library in &LIBRARIES {
        let key = library.key;
        for (at, &(code, name, kind)) in library.names.iter().enumerate() {
            assert!((100..=599).contains(&code), "{key}: {name} has code {code}");
            let again = library.names[at + 1..].iter().find(|n| n.1 == name);
            assert!(again.is_none(), "{key}: {name} is listed twice");
            if kind == Current {
                let other = library.names[at + 1..]
                    .iter()
                    .find(|n| n.0 == code && n.2 == Current);
                assert!(other.is_none(), "{key}: {code} has two current names");
            }
        }
        for &(code, name, since, until) in library.history {
            if until.is_none() {
                assert!(
                    kind(library, code, name).is_some(),
                    "{key}: {name} is current in the history but not in the source"
                );
            }
            for release in [since, until].into_iter().flatten() {
                assert_ne!(
                    compare(release, library.version),
                    Ordering::Greater,
                    "{key}: {name}"
                );
                assert_ne!(
                    compare(release, library.first),
                    Ordering::Less,
                    "{key}: {name}"
                );
            }
        }
    }
}

/// The constant for an entry as written in code, through the template.
fn written(key: &str, id: &str) -> String {
    let template = text(&table(key)["template"], "template");
    let name = constants(key)
        .remove(id)
        .unwrap_or_else(|| panic!("{key} names no constant for {id}"))
        .name;
    template.replace("{}", &name)
}

#[test]
fn templates_write_the_constant_as_code_does() {
    assert_eq!(written("rust", "404"), "StatusCode::NOT_FOUND");
    assert_eq!(written("go", "404"), "http.StatusNotFound");
    assert_eq!(written("python", "422"), "HTTPStatus.UNPROCESSABLE_CONTENT");
    assert_eq!(written("dotnet", "404"), "HttpStatusCode.NotFound");
    assert_eq!(written("aspnet", "404"), "StatusCodes.Status404NotFound");
    assert_eq!(written("spring", "418"), "HttpStatus.I_AM_A_TEAPOT");
    assert_eq!(written("node", "418"), "http2.constants.HTTP_STATUS_TEAPOT");
    assert_eq!(written("js", "404"), "StatusCodes.NOT_FOUND");
    assert_eq!(written("rails", "422"), ":unprocessable_content");
    assert_eq!(written("plug", "404"), ":not_found");
    assert_eq!(
        written("symfony", "422"),
        "Response::HTTP_UNPROCESSABLE_ENTITY"
    );
}

#[test]
fn the_names_users_trip_over_are_kept_as_the_libraries_spell_them() {
    let name = |key: &str, id: &str| constants(key).remove(id).map(|c| c.name);
    assert_eq!(name("js", "302").as_deref(), Some("MOVED_TEMPORARILY"));
    assert_eq!(name("js", "413").as_deref(), Some("REQUEST_TOO_LONG"));
    assert_eq!(
        name("aspnet", "505").as_deref(),
        Some("Status505HttpVersionNotsupported")
    );
    assert_eq!(
        name("symfony", "308").as_deref(),
        Some("HTTP_PERMANENTLY_REDIRECT")
    );
    assert_eq!(name("rust", "422").as_deref(), Some("UNPROCESSABLE_ENTITY"));
    assert_eq!(name("go", "418").as_deref(), Some("StatusTeapot"));
    assert_eq!(name("spring", "305"), None, "Spring 7.0 removed USE_PROXY");
    assert_eq!(
        name("spring", "420-spring"),
        None,
        "Spring 7.0 removed METHOD_FAILURE"
    );
    assert_eq!(name("dotnet", "418"), None, ".NET has no 418");
}
