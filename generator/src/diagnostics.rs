//! Errors and warnings. Every message names where the problem is: the input
//! file, a JSON pointer into it, and the operation when there is one.

use std::fmt;
use std::path::PathBuf;

/// A JSON pointer into the input document, e.g. `/paths/~1customers/get`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pointer(String);

impl Pointer {
    /// The document root.
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// Parses the fragment of a `$ref` (`#/components/schemas/X`).
    pub fn from_ref(reference: &str) -> Option<Self> {
        reference.strip_prefix('#').map(|p| Pointer(p.to_string()))
    }

    /// This pointer extended by one reference token, escaped per RFC 6901.
    pub fn push(&self, token: impl AsRef<str>) -> Self {
        let escaped = token.as_ref().replace('~', "~0").replace('/', "~1");
        Pointer(format!("{}/{}", self.0, escaped))
    }

    /// The pointer text (empty for the root).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The unescaped reference tokens.
    pub fn tokens(&self) -> impl Iterator<Item = String> + '_ {
        self.0
            .split('/')
            .skip(1)
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("#")
        } else {
            write!(f, "#{}", self.0)
        }
    }
}

/// Something the generator worked around; generation goes on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// Where in the document.
    pub pointer: Pointer,
    /// The operation concerned, if any.
    pub operation: Option<String>,
    /// What was wrong and what the generator did instead.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: ", self.pointer)?;
        if let Some(op) = &self.operation {
            write!(f, "operation `{op}`: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Collects warnings in the order they are found; sorted on output.
#[derive(Debug, Default)]
pub struct Diagnostics {
    warnings: Vec<Warning>,
}

impl Diagnostics {
    /// Records a warning.
    pub fn warn(&mut self, pointer: &Pointer, operation: Option<&str>, message: impl Into<String>) {
        let w = Warning {
            pointer: pointer.clone(),
            operation: operation.map(str::to_string),
            message: message.into(),
        };
        if !self.warnings.contains(&w) {
            self.warnings.push(w);
        }
    }

    /// All warnings, deterministic order.
    pub fn into_sorted(mut self) -> Vec<Warning> {
        self.warnings.sort();
        self.warnings
    }
}

/// Why generation failed. Nothing is written when this is returned.
#[derive(Debug)]
pub enum Error {
    /// The input could not be read.
    Io {
        /// The file or directory concerned.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The input is not an OpenAPI document this generator accepts.
    Document {
        /// The document (or referenced file) at fault.
        file: PathBuf,
        /// Where in it, as a JSON pointer.
        pointer: Pointer,
        /// What is wrong.
        message: String,
    },
    /// The pinned document does not match the pin.
    Pin {
        /// How the document and the pin differ.
        message: String,
    },
    /// A template produced code that does not parse: a generator bug.
    Render {
        /// The generated file, relative to the crate root.
        output: PathBuf,
        /// What is wrong (for a parse error, the line and syn's message).
        message: String,
    },
    /// Invalid settings.
    Settings {
        /// Which setting is wrong, and why.
        message: String,
    },
    /// A download failed (`fetch`).
    Fetch {
        /// The URL that was requested.
        url: String,
        /// Why the download failed.
        message: String,
    },
}

impl Error {
    pub(crate) fn doc(
        file: &std::path::Path,
        pointer: &Pointer,
        message: impl Into<String>,
    ) -> Self {
        Error::Document {
            file: file.to_path_buf(),
            pointer: pointer.clone(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Document { file, pointer, message } => {
                write!(f, "{}: at {pointer}: {message}", file.display())
            }
            Error::Pin { message } | Error::Settings { message } => f.write_str(message),
            Error::Fetch { url, message } => {
                write!(f, "downloading {url} failed: {message}; nothing written")
            }
            Error::Render { output, message } => write!(
                f,
                "generated file {} does not parse ({message}); this is a bug in the generator's templates",
                output.display()
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Shorthand used across the generator.
pub type Result<T, E = Error> = std::result::Result<T, E>;
