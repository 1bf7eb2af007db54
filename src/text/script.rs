//! The script of each paragraph (SPEC §6.3): Moroccan articles mix Arabic
//! and French, a caption in one inside an article in the other. Each
//! paragraph (text between blank lines) is read in the script most of its
//! letters are written in.

/// The script a paragraph is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    /// French: more Latin letters than Arabic ones.
    Latin,
}

/// The script most of `bytes`' letters are written in: Latin (French)
/// only where Latin letters outnumber Arabic ones.
pub(crate) fn script_of(bytes: &[u8]) -> Script {
    if latin_letters(bytes) > arabic_letters(bytes) {
        Script::Latin
    } else {
        Script::Arabic
    }
}

/// Latin letters, by byte: ASCII letters and the lead bytes of U+00C0–
/// U+027F (accented letters). Counted without decoding, so the scan costs
/// little beside reading.
fn latin_letters(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| b.is_ascii_alphabetic() || (0xC3..=0xC9).contains(&b))
}

/// Arabic letters, by lead byte: U+0600–U+06FF, and the presentation forms
/// of text copied from PDFs (lead byte EF; rare enough to count all).
fn arabic_letters(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| (0xD8..=0xDB).contains(&b) || b == 0xEF)
}

/// The bytes that are `wanted`, counted in byte-wide lanes (chunks of 255
/// cannot overflow a `u8`), which the compiler turns into wide compares.
fn count_bytes(bytes: &[u8], wanted: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n.wrapping_add(u8::from(wanted(b))))))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_is_read_in_the_script_most_of_its_letters_are_in() {
        assert_eq!(script_of("وقال المدير إن Le360 نشرت الخبر.".as_bytes()), Script::Arabic);
        assert_eq!(script_of("Légende : dont 2 653 895 à Rabat.".as_bytes()), Script::Latin);
        assert_eq!(script_of(b"2 653 895"), Script::Arabic);
    }
}
