//! Last line of defence for secrets: every password kctl reads is registered
//! here (by `settings::Secret`), and every line kctl writes to stderr (logs,
//! errors, through `output`) is scrubbed of them. A leaf: it uses nothing
//! else of kctl, so both sides can use it.

use std::sync::RwLock;

static SECRETS: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Remembers `secret` so that [`apply`] removes it from any text. Very short
/// values are skipped: scrubbing "a" out of every line would garble output.
pub fn register(secret: &str) {
    if secret.len() < 3 {
        return;
    }
    if let Ok(mut s) = SECRETS.write() {
        if !s.iter().any(|x| x == secret) {
            s.push(secret.to_string());
        }
    }
}

/// `text` with every registered secret replaced by `<redacted>`.
pub fn apply(text: &str) -> String {
    let Ok(secrets) = SECRETS.read() else {
        return text.to_string();
    };
    let mut out = text.to_string();
    for s in secrets.iter() {
        if out.contains(s.as_str()) {
            out = out.replace(s.as_str(), "<redacted>");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn registered_secrets_are_scrubbed() {
        super::register("pa55word-xyz");
        assert_eq!(
            super::apply("auth failed for pa55word-xyz"),
            "auth failed for <redacted>"
        );
    }
}
