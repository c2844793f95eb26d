//! Optional HTTP basic authentication, switched on by the
//! `KCTL_TEST_REGISTRY_AUTH=user:password` environment variable.

use std::fmt;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, WWW_AUTHENTICATE};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use crate::error::ApiError;

/// The environment variable holding `user:password`.
pub const AUTH_ENV: &str = "KCTL_TEST_REGISTRY_AUTH";

/// The one user the registry accepts.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    user: String,
    password: String,
}

impl Credentials {
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            user: user.into(),
            password: password.into(),
        }
    }

    /// Parses `user:password`; the password may itself contain `:`.
    pub fn parse(text: &str) -> Option<Self> {
        let (user, password) = text.split_once(':')?;
        (!user.is_empty()).then(|| Self::new(user, password))
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    /// Whether an `Authorization` header carries exactly these credentials.
    fn accepts(&self, header: &HeaderValue) -> bool {
        let Ok(header) = header.to_str() else {
            return false;
        };
        let Some((scheme, encoded)) = header.trim().split_once(' ') else {
            return false;
        };
        if !scheme.eq_ignore_ascii_case("basic") {
            return false;
        }
        let Ok(decoded) = STANDARD.decode(encoded.trim()) else {
            return false;
        };
        decoded == format!("{}:{}", self.user, self.password).as_bytes()
    }
}

/// Keeps the password out of logs and panic messages.
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// Middleware answering 401 (error code 40101) to any request, the health
/// check included, that lacks the configured credentials.
pub async fn require(
    State(credentials): State<Arc<Credentials>>,
    request: Request,
    next: Next,
) -> Response {
    let accepted = request
        .headers()
        .get(AUTHORIZATION)
        .is_some_and(|header| credentials.accepts(header));
    if accepted {
        return next.run(request).await;
    }
    let mut response = ApiError::unauthorized().into_response();
    response.headers_mut().insert(
        WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"kctl-test-registry\""),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(text: &str) -> HeaderValue {
        HeaderValue::from_str(text).expect("valid header")
    }

    #[test]
    fn parses_user_and_password() {
        let credentials = Credentials::parse("alice:s3:cret").expect("parses");
        assert_eq!(credentials, Credentials::new("alice", "s3:cret"));
        assert_eq!(Credentials::parse("no-colon"), None);
        assert_eq!(Credentials::parse(":password"), None);
    }

    #[test]
    fn checks_basic_headers() {
        let credentials = Credentials::new("alice", "secret");
        let good = format!("Basic {}", STANDARD.encode("alice:secret"));
        assert!(credentials.accepts(&header(&good)));
        assert!(credentials.accepts(&header(&good.replace("Basic", "basic"))));
        let wrong = format!("Basic {}", STANDARD.encode("alice:guess"));
        assert!(!credentials.accepts(&header(&wrong)));
        assert!(!credentials.accepts(&header("Bearer abc")));
        assert!(!credentials.accepts(&header("Basic !!!")));
    }

    #[test]
    fn debug_hides_the_password() {
        let shown = format!("{:?}", Credentials::new("alice", "secret"));
        assert!(shown.contains("alice"));
        assert!(!shown.contains("secret"));
    }
}
