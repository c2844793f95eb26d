//! Reading on after a bad node, so one run reports every problem in the file.
//!
//! serde stops at the first error; [`Recover`] wraps the seed of one key or
//! value, notes its error in [`Problems`] (with the position serde_norway
//! attached) and hands back `None` so the caller can read on. That is sound
//! only where the failed node was consumed whole: a scalar, or a map or list
//! whose visitor reads every entry through `Recover` itself and notes its own
//! problems instead of failing. A map or list standing where a scalar belongs
//! is left half-read by the deserializer, so that error still ends the
//! reading (with every problem found before it).

use std::cell::RefCell;
use std::marker::PhantomData;

use super::*;

/// A problem, placed either by serde_norway or by the path of keys leading to
/// the node (for problems that span a whole entry).
enum Problem {
    Located {
        line: usize,
        column: usize,
        message: String,
    },
    AtPath {
        path: Vec<String>,
        message: String,
    },
}

/// The problems noted while reading one file.
#[derive(Default)]
pub(super) struct Problems(RefCell<Vec<Problem>>);

impl Problems {
    /// An error serde_norway raised, with its " at line N column M" suffix.
    fn note_serde(&self, message: &str) {
        let (message, at) = split_location(message);
        // serde_norway places every error it hands a visitor's caller, and
        // leaves the suffix out only for the very first position.
        let (line, column) = at.unwrap_or((1, 1));
        self.0.borrow_mut().push(Problem::Located {
            line,
            column,
            message,
        });
    }

    /// A problem with the entry at `path` (map keys from the root), prefixed
    /// with the dotted path as serde_norway prefixes its own.
    pub(super) fn note_at(&self, path: &[String], message: impl Into<String>) {
        self.0.borrow_mut().push(Problem::AtPath {
            path: path.to_vec(),
            message: message.into(),
        });
    }

    pub(super) fn into_errors(self, file: &Path, text: &str) -> Vec<SpecError> {
        self.0
            .into_inner()
            .into_iter()
            .map(|p| match p {
                Problem::Located {
                    line,
                    column,
                    message,
                } => SpecError {
                    file: file.to_path_buf(),
                    line,
                    column,
                    message,
                },
                Problem::AtPath { path, message } => {
                    let (line, column) = locate(text, &path).unwrap_or((0, 0));
                    SpecError {
                        file: file.to_path_buf(),
                        line,
                        column,
                        message: if path.is_empty() {
                            message
                        } else {
                            format!("{}: {message}", path.join("."))
                        },
                    }
                }
            })
            .collect()
    }
}

/// A seed whose error is noted instead of returned: `Ok(None)` then means
/// "this node was bad, and the problem is in [`Problems`]".
pub(super) struct Recover<'p, S> {
    seed: S,
    problems: &'p Problems,
}

impl<'p, S> Recover<'p, S> {
    pub(super) fn new(seed: S, problems: &'p Problems) -> Self {
        Recover { seed, problems }
    }
}

/// [`Recover`] for a type read with its own `Deserialize`.
pub(super) fn recover<T>(problems: &Problems) -> Recover<'_, PhantomData<T>> {
    Recover::new(PhantomData, problems)
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Recover<'_, S> {
    type Value = Option<S::Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        match self.seed.deserialize(d) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let message = e.to_string();
                if message.contains("invalid type: map")
                    || message.contains("invalid type: sequence")
                {
                    return Err(e);
                }
                self.problems.note_serde(&message);
                Ok(None)
            }
        }
    }
}
