//! base64url without padding (RFC 4648 §5), the alphabet of share links.
//!
//! Written here rather than taken from the `base64` crate: its general engine,
//! and the error formatting its `encode` links in, were 2.4 KiB of the read-only
//! viewer's download (brotli, measured), for two loops of a dozen lines.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why text is not base64url.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A character outside the alphabet (padding included).
    Character,
    /// A length no encoder makes, or leftover bits in the last character: what
    /// cutting a text short at a random place does.
    Cut,
}

/// The text for `bytes`, four characters for every three bytes, no padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // One more character than the chunk has bytes.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The six bits a character stands for.
pub fn sextet(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    })
}

/// The bytes of `text`; refuses what [`encode`] never writes.
pub fn decode(text: &[u8]) -> Result<Vec<u8>, Invalid> {
    if text.len() % 4 == 1 {
        return Err(Invalid::Cut);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= u32::from(sextet(c).ok_or(Invalid::Character)?) << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        // A short last chunk leaves bits below its bytes: an encoder writes them 0.
        if n & (0xff_ffff >> (8 * bytes)) != 0 {
            return Err(Invalid::Cut);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..=bytes]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_length() {
        let bytes: Vec<u8> = (0..=255).collect();
        for n in 0..bytes.len() {
            let text = encode(&bytes[..n]);
            assert_eq!(text.len(), (n * 4).div_ceil(3));
            assert_eq!(decode(text.as_bytes()).unwrap(), &bytes[..n]);
        }
    }

    #[test]
    fn reads_as_rfc_4648_writes() {
        // RFC 4648 §10's vectors, without padding.
        for (bytes, text) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(bytes.as_bytes()), text);
            assert_eq!(decode(text.as_bytes()).unwrap(), bytes.as_bytes());
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn refuses_what_no_encoder_writes() {
        assert_eq!(decode(b"Zm9vY"), Err(Invalid::Cut));
        assert_eq!(decode(b"Zh"), Err(Invalid::Cut), "leftover bits");
        assert_eq!(decode(b"Zm8="), Err(Invalid::Character));
        assert_eq!(decode(b"Zm+v"), Err(Invalid::Character));
    }
}
