//! Inputs at the edge: which files a command line names, and how their bytes become text.
//!
//! Decoding: UTF-8 (a BOM is dropped), UTF-16 with a BOM, and anything else that is not valid
//! UTF-8 as Windows-1252, which every byte sequence is. Bytes holding NUL are not text.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// How an input's bytes were decoded; reported as the top-level `encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Windows1252,
}

impl Encoding {
    /// The name used in the report.
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
            Encoding::Windows1252 => "windows-1252",
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why bytes could not be read as text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("not a text file (it holds NUL bytes)")]
    Binary,
    #[error("invalid UTF-16 after a UTF-16 byte order mark")]
    InvalidUtf16,
}

/// Decodes an input's bytes.
///
/// ```
/// use lede::input::{decode, Encoding};
/// let (text, enc) = decode(b"\xEF\xBB\xBFcaf\xC3\xA9".to_vec()).unwrap();
/// assert_eq!((text.as_str(), enc), ("café", Encoding::Utf8));
/// let (text, enc) = decode(b"caf\xE9 \x93hi\x94".to_vec()).unwrap();
/// assert_eq!((text.as_str(), enc), ("café “hi”", Encoding::Windows1252));
/// ```
pub fn decode(bytes: Vec<u8>) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, Encoding::Utf8)),
        Err(e) => Ok((decode_windows_1252(e.as_bytes()), Encoding::Windows1252)),
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<(String, Encoding), DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16);
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let text: String = char::decode_utf16(units)
        .collect::<Result<_, _>>()
        .map_err(|_| DecodeError::InvalidUtf16)?;
    if text.contains('\0') {
        return Err(DecodeError::Binary);
    }
    Ok((text, Encoding::Utf16))
}

/// Windows-1252 to Unicode; the five undefined bytes map to the C1 controls, as browsers do.
fn decode_windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// One input to analyze.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in messages and as the report's `source`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Reads the input's bytes.
    pub fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Source::Stdin => {
                let mut buf = Vec::new();
                io::Read::read_to_end(&mut io::stdin().lock(), &mut buf)?;
                Ok(buf)
            }
            Source::File(p) => std::fs::read(p),
        }
    }
}

/// A path from the command line that could not be turned into inputs.
#[derive(Debug)]
pub struct PathError {
    pub path: PathBuf,
    pub error: io::Error,
}

/// Expands the paths of a command line into inputs, in order: files as given, folders walked
/// recursively for files with one of `extensions`, sorted by path. `-` is standard input.
/// Errors (a missing path, an unreadable folder) take the place of the inputs they hide.
pub fn expand(paths: &[PathBuf], extensions: &[String]) -> Vec<Result<Source, PathError>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
            continue;
        }
        match std::fs::metadata(path) {
            Err(error) => out.push(Err(PathError {
                path: path.clone(),
                error,
            })),
            Ok(meta) if meta.is_dir() => walk(path, extensions, &mut out),
            Ok(_) => out.push(Ok(Source::File(path.clone()))),
        }
    }
    out
}

fn walk(dir: &Path, extensions: &[String], out: &mut Vec<Result<Source, PathError>>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && has_extension(e.path(), extensions) => {
                out.push(Ok(Source::File(e.into_path())));
            }
            Ok(_) => {}
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                let error = e
                    .into_io_error()
                    .unwrap_or_else(|| io::Error::other("filesystem loop"));
                out.push(Err(PathError { path, error }));
            }
        }
    }
}

fn has_extension(path: &Path, extensions: &[String]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// A short lower-case reason for an I/O error ("permission denied").
pub fn io_reason(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        io::ErrorKind::InvalidData => "invalid data".into(),
        _ => {
            let s = error.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut chars = s.chars();
            match chars.next() {
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => s,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_and_drops_bom() {
        assert_eq!(decode(b"abc".to_vec()), Ok(("abc".into(), Encoding::Utf8)));
        assert_eq!(
            decode(b"\xEF\xBB\xBF\xE2\x82\xAC5".to_vec()),
            Ok(("€5".into(), Encoding::Utf8))
        );
        assert_eq!(decode(Vec::new()), Ok((String::new(), Encoding::Utf8)));
    }

    #[test]
    fn decodes_utf16_both_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé €".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé €".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(le), Ok(("Hé €".into(), Encoding::Utf16)));
        assert_eq!(decode(be), Ok(("Hé €".into(), Encoding::Utf16)));
        assert_eq!(
            decode(vec![0xFF, 0xFE, 0x41]),
            Err(DecodeError::InvalidUtf16)
        );
    }

    #[test]
    fn falls_back_to_windows_1252() {
        assert_eq!(
            decode(b"\x80100 \x96 na\xefve".to_vec()),
            Ok(("€100 – naïve".into(), Encoding::Windows1252))
        );
    }

    #[test]
    fn nul_bytes_are_not_text() {
        assert_eq!(decode(b"ab\0cd".to_vec()), Err(DecodeError::Binary));
    }

    #[test]
    fn reasons_are_short_and_lower_case() {
        let e = io::Error::from(io::ErrorKind::PermissionDenied);
        assert_eq!(io_reason(&e), "permission denied");
        let e = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_reason(&e), "no such file or directory");
    }
}
