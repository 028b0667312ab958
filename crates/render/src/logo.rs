//! Organisation logos: decoded with limits on upload, shrunk and stored as PNG, so that
//! every image a document embeds is small and known to decode.

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};
use weerbaar_core::org::{LOGO_MAX_SIDE, LOGO_STORED_SIDE};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    #[error("not a PNG, JPEG or WebP image")]
    NotAnImage,
    #[error("{width} × {height} pixels is larger than {LOGO_MAX_SIDE} on a side")]
    TooLarge { width: u32, height: u32 },
    #[error("the image cannot be read")]
    Damaged,
}

impl LogoError {
    /// The message id for the person who uploaded it.
    pub fn code(&self) -> &'static str {
        match self {
            LogoError::NotAnImage => "error-logo-type",
            LogoError::TooLarge { .. } => "error-logo-dimensions",
            LogoError::Damaged => "error-logo-damaged",
        }
    }
}

/// A logo as stored: PNG, at most [`LOGO_STORED_SIDE`] pixels on its longest side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalised {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

fn reader(bytes: &[u8]) -> Result<ImageReader<Cursor<&[u8]>>, LogoError> {
    let r = ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|_| LogoError::NotAnImage)?;
    match r.format() {
        Some(ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP) => Ok(r),
        _ => Err(LogoError::NotAnImage),
    }
}

/// The picture's size from its header alone (nothing is decoded).
pub fn dimensions(bytes: &[u8]) -> Result<(u32, u32), LogoError> {
    reader(bytes)?.into_dimensions().map_err(|_| LogoError::Damaged)
}

/// Checks the size in the header, decodes within limits, shrinks and encodes as PNG.
/// Memory is bounded by [`LOGO_MAX_SIDE`]² × 4 bytes, whatever the file claims.
pub fn normalise(bytes: &[u8]) -> Result<Normalised, LogoError> {
    let (width, height) = dimensions(bytes)?;
    if width == 0 || height == 0 {
        return Err(LogoError::Damaged);
    }
    if width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE {
        return Err(LogoError::TooLarge { width, height });
    }
    let mut r = reader(bytes)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(LOGO_MAX_SIDE);
    limits.max_image_height = Some(LOGO_MAX_SIDE);
    limits.max_alloc = Some(u64::from(LOGO_MAX_SIDE) * u64::from(LOGO_MAX_SIDE) * 8);
    r.limits(limits);
    let img = r.decode().map_err(|_| LogoError::Damaged)?;
    let img = if width.max(height) > LOGO_STORED_SIDE {
        img.resize(LOGO_STORED_SIDE, LOGO_STORED_SIDE, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    let mut png = Vec::new();
    img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).map_err(|_| LogoError::Damaged)?;
    Ok(Normalised { png, width: img.width(), height: img.height() })
}

/// Whether a stored image may go into a document: its header says it is no larger than
/// a normalised logo. Logos stored before normalisation existed are checked here, so
/// the renderer never opens a picture that could take gigabytes.
pub fn safe_to_embed(bytes: &[u8]) -> bool {
    dimensions(bytes).is_ok_and(|(w, h)| w > 0 && h > 0 && w <= LOGO_STORED_SIDE && h <= LOGO_STORED_SIDE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageBuffer, Luma, Rgba};

    fn png_of(width: u32, height: u32) -> Vec<u8> {
        let img: ImageBuffer<Luma<u8>, Vec<u8>> = ImageBuffer::new(width, height);
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png).unwrap();
        out
    }

    /// A PNG whose header claims `width` × `height` (with no picture data to match).
    pub fn claimed_png(width: u32, height: u32) -> Vec<u8> {
        let mut p = png_of(1, 1);
        // IHDR's width and height are bytes 16..24; its CRC follows the chunk data.
        p[16..20].copy_from_slice(&width.to_be_bytes());
        p[20..24].copy_from_slice(&height.to_be_bytes());
        let crc = crc32(&p[12..29]);
        p[29..33].copy_from_slice(&crc.to_be_bytes());
        p
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut c = 0xffff_ffffu32;
        for b in data {
            c ^= u32::from(*b);
            for _ in 0..8 {
                c = if c & 1 == 1 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            }
        }
        !c
    }

    #[test]
    fn a_bomb_is_refused_from_its_header() {
        let bomb = claimed_png(65_535, 65_535);
        assert_eq!(dimensions(&bomb), Ok((65_535, 65_535)));
        assert_eq!(normalise(&bomb), Err(LogoError::TooLarge { width: 65_535, height: 65_535 }));
        assert!(!safe_to_embed(&bomb));
        assert_eq!(normalise(&png_of(4001, 10)), Err(LogoError::TooLarge { width: 4001, height: 10 }));
    }

    #[test]
    fn large_logos_are_shrunk_and_small_ones_kept() {
        let n = normalise(&png_of(4000, 2000)).unwrap();
        assert_eq!((n.width, n.height), (1000, 500));
        assert!(safe_to_embed(&n.png));
        let small = normalise(&png_of(300, 120)).unwrap();
        assert_eq!((small.width, small.height), (300, 120));
        assert!(small.png.starts_with(b"\x89PNG"));
    }

    #[test]
    fn jpeg_and_webp_become_png() {
        let img: ImageBuffer<Rgba<u8>, Vec<u8>> = ImageBuffer::from_pixel(40, 20, Rgba([200, 30, 30, 255]));
        let rgb = image::DynamicImage::ImageRgba8(img).to_rgb8();
        let mut jpeg = Vec::new();
        rgb.write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg).unwrap();
        let n = normalise(&jpeg).unwrap();
        assert_eq!((n.width, n.height), (40, 20));
        assert!(n.png.starts_with(b"\x89PNG"));
    }

    #[test]
    fn other_files_and_damage_are_refused() {
        assert_eq!(normalise(b"<svg onload=alert(1)>"), Err(LogoError::NotAnImage));
        assert_eq!(normalise(b"GIF89a...."), Err(LogoError::NotAnImage));
        let mut cut = png_of(50, 50);
        cut.truncate(40);
        assert!(normalise(&cut).is_err());
        assert!(!safe_to_embed(b"not an image"));
    }
}
