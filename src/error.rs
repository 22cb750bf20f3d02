//! The errors extraction can return.

/// Why extraction failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input held no bytes, or only whitespace.
    #[error("input is empty")]
    EmptyInput,
    /// The input does not look like text: an image's, a PDF's or an archive's
    /// signature, or zero and control bytes dense in its first kilobyte
    /// ([`crate::decode::looks_binary`]).
    #[error("input is binary, not HTML")]
    Binary,
    /// The input is larger than [`Options::max_bytes`](crate::Options::max_bytes).
    #[error("input is {size} bytes, over the limit of {limit}")]
    TooLarge {
        /// Input size in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
}

impl Error {
    /// A short, stable name for the error's kind (`empty`, `binary`,
    /// `too_large`), as used in JSON Lines error records.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::EmptyInput => "empty",
            Error::Binary => "binary",
            Error::TooLarge { .. } => "too_large",
        }
    }
}
