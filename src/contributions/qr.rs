//! QR codes of share links, as a matrix of modules the UI draws as SVG rects. Level L
//! (7 % error correction) holds the most: a phone reads a code shown on a clean screen, where
//! damage is rare, so capacity matters more than redundancy.

use qrcode::{Color, EcLevel, QrCode};
use thiserror::Error;

/// What a version 40 code at level L holds in byte mode: a longer link is offered as a file.
pub const MAX_QR_BYTES: usize = 2_953;

/// The light margin, in modules, that readers need around a code; the UI draws it.
pub const QUIET_ZONE: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QrError {
    #[error("the link is {bytes} bytes; a QR code holds at most {MAX_QR_BYTES}")]
    TooLong { bytes: usize },
}

/// A square of modules, row by row, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// Modules per side (21 for version 1, 177 for version 40).
    pub fn width(&self) -> usize {
        self.width
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }

    /// Each run of dark modules in a row as `(x, y, length)`: one SVG rect per run keeps the
    /// drawing small.
    pub fn dark_runs(&self) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        for (y, row) in self.dark.chunks(self.width.max(1)).enumerate() {
            let mut x = 0;
            while x < row.len() {
                let length = row[x..].iter().take_while(|&&d| d).count();
                if length > 0 {
                    runs.push((x, y, length));
                    x += length;
                } else {
                    x += 1;
                }
            }
        }
        runs
    }
}

/// Whether `text` fits a QR code.
pub fn fits_qr(text: &str) -> bool {
    text.len() <= MAX_QR_BYTES
}

/// The QR code of `text` at level L, the smallest version that holds it.
pub fn qr_code(text: &str) -> Result<QrMatrix, QrError> {
    let too_long = || QrError::TooLong { bytes: text.len() };
    if !fits_qr(text) {
        return Err(too_long());
    }
    let code =
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).map_err(|_| too_long())?;
    Ok(QrMatrix {
        width: code.width(),
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect(),
    })
}
