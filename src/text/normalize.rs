//! Spelling folds shared by the number reader and pattern matching.
//!
//! Arabic news text writes the same word many ways: hamza on alef or not,
//! alef maqsura for ya, ta marbuta for ha, tatweel for justification, and
//! diacritics now and then. Folding them makes one table entry match all.
//! French text (SPEC §6.3) is folded for case and accents: `Décembre`,
//! `decembre` and `DÉCEMBRE` are one word.

/// Folds one char; `None` means the char is dropped (diacritics, tatweel,
/// invisible direction marks).
pub(crate) fn fold_char(c: char) -> Option<char> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' | 'ی' => Some('ي'),
        'ة' => Some('ه'),
        'ک' => Some('ك'),
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        // The typographic apostrophe of French text (`d’environ`).
        '\u{2019}' | '\u{02BC}' => Some('\''),
        _ if is_ignorable(c) || is_arabic_mark(c) => None,
        '\u{00C0}'..='\u{024F}' => Some(latin_base(c)),
        _ => Some(digit_value(c).map_or(c, |d| char::from(b'0' + d))),
    }
}

/// A Latin letter without its accent, in lower case (`É` → `e`): the
/// first char of its canonical decomposition. Letters that do not
/// decompose (`œ`, `ß`) are only lowered.
fn latin_base(c: char) -> char {
    let mut base = c;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base == c {
            base = d;
        }
    });
    base.to_lowercase().next().unwrap_or(base)
}

/// Whether two bytes are an Arabic letter that folds to itself (U+0621–
/// U+063A and U+0641–U+064A, but the hamzas on alef, alef maqsura and ta
/// marbuta), told from its UTF-8 without decoding it.
pub(crate) fn is_plain_letter(pair: &[u8]) -> bool {
    match pair {
        [0xD8, trail] => bit_set(PLAIN_AFTER_D8, *trail),
        [0xD9, trail] => bit_set(PLAIN_AFTER_D9, *trail),
        _ => false,
    }
}

/// The plain letters' second bytes after `D8` (A1–BA but A2, A3, A5, A9)
/// and after `D9` (81–8A but 89), one bit per byte from `80`.
const PLAIN_AFTER_D8: u64 =
    bits(0xA1, 0xBA) & !(1 << (0xA2 - 0x80) | 1 << (0xA3 - 0x80) | 1 << (0xA5 - 0x80) | 1 << (0xA9 - 0x80));
const PLAIN_AFTER_D9: u64 = bits(0x81, 0x8A) & !(1 << (0x89 - 0x80));

/// The bits of the bytes `from..=to` (continuation bytes, `80`–`BF`).
const fn bits(from: u8, to: u8) -> u64 {
    let mut set = 0;
    let mut b = from;
    while b <= to {
        set |= 1 << (b - 0x80);
        b += 1;
    }
    set
}

fn bit_set(set: u64, trail: u8) -> bool {
    matches!(trail, 0x80..=0xBF) && set >> (trail - 0x80) & 1 == 1
}

/// The fold of the two-byte Arabic letters that fold to another (the
/// hamzas on alef, ta marbuta, alef maqsura), told from their UTF-8: the
/// commonest letters [`fold_char`] changes, folded without decoding.
pub(crate) fn folded_pair(pair: &[u8]) -> Option<&'static str> {
    match pair {
        [0xD8, 0xA2 | 0xA3 | 0xA5] => Some("ا"),
        [0xD8, 0xA9] => Some("ه"),
        [0xD9, 0x89] => Some("ي"),
        _ => None,
    }
}

/// Whether a char is a letter of the Latin script (French text).
pub(crate) fn is_latin_letter(c: char) -> bool {
    // Every char of U+00C0–U+024F is a letter but × and ÷.
    c.is_ascii_alphabetic() || (matches!(c, '\u{00C0}'..='\u{024F}') && c != '×' && c != '÷')
}

/// Appends the folded form of `c` to `out`. Letters copied from PDFs come
/// in the Arabic Presentation Forms blocks (`ﻣﻠﻴﻮﻥ`, the ligature `ﻻ`);
/// they are read as their compatibility decomposition (NFKD), whose
/// combining hamza folds away like any mark, so `ﺃ` folds as `أ` does.
pub(crate) fn push_folded(c: char, out: &mut String) {
    if is_presentation_form(c) {
        unicode_normalization::char::decompose_compatible(c, |d| out.extend(fold_char(d)));
    } else {
        out.extend(fold_char(c));
    }
}

/// Arabic Presentation Forms-A and -B.
pub(crate) fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Folds a whole string.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// Runs `f` on `text` folded, in a buffer kept per thread: a look-up of
/// a folded word allocates nothing.
pub(crate) fn with_folded<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    FOLDED.with(|cell| match cell.try_borrow_mut() {
        Ok(mut folded) => {
            folded.clear();
            text.chars().for_each(|c| push_folded(c, &mut folded));
            f(&folded)
        }
        // Asked again inside `f`: fold into a string of its own.
        Err(_) => f(&fold(text)),
    })
}

/// Whether `a` and `b` fold to the same text. Asked of a word against
/// each entry of a short table, it builds neither folded string.
pub(crate) fn folds_equal(a: &str, b: &str) -> bool {
    if a.chars().chain(b.chars()).any(is_presentation_form) {
        return fold(a) == fold(b);
    }
    a.chars().filter_map(fold_char).eq(b.chars().filter_map(fold_char))
}

/// Whether `text`, folded, starts with `prefix` (itself folded).
pub(crate) fn folded_starts_with(text: &str, prefix: &str) -> bool {
    if text.chars().any(is_presentation_form) {
        return fold(text).starts_with(prefix);
    }
    let mut folded = text.chars().filter_map(fold_char);
    prefix.chars().all(|p| folded.next() == Some(p))
}

/// Invisible format characters that may sit around or inside a figure:
/// direction marks and isolates, zero-width (non-)joiners, a stray BOM.
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Tatweel and the Arabic diacritics (harakat, tanwin, shadda, sukun,
/// superscript alef).
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}')
}

/// The value of a digit in any of the three scripts figaudit reads.
pub(crate) fn digit_value(c: char) -> Option<u8> {
    let value = match c {
        '0'..='9' => c as u32 - '0' as u32,
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        // Fullwidth digits, as PDFs and East Asian fonts store them.
        '\u{FF10}'..='\u{FF19}' => c as u32 - 0xFF10,
        _ => return None,
    };
    u8::try_from(value).ok()
}

/// Letters that make up an Arabic word (marks included, digits and Arabic
/// punctuation excluded).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{064A}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}')
        || is_arabic_mark(c)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_byte_fast_paths_fold_as_fold_char_does() {
        // Every two-byte char of the Arabic block: the plain letters fold
        // to themselves, the pairs to what fold_char gives, nothing else
        // takes a fast path.
        for c in '\u{0600}'..='\u{06FF}' {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let folded = fold_char(c).map(String::from);
            if is_plain_letter(bytes) {
                assert_eq!(folded.as_deref(), Some(c.encode_utf8(&mut [0; 4]) as &str), "{c}");
            }
            if let Some(fast) = folded_pair(bytes) {
                assert!(!is_plain_letter(bytes), "{c}");
                assert_eq!(folded.as_deref(), Some(fast), "{c}");
            }
            let changes = folded.as_deref() != Some(c.encode_utf8(&mut [0; 4]) as &str);
            let letter = matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}');
            assert_eq!(is_plain_letter(bytes), letter && !changes, "{c}");
        }
    }

    use super::*;

    #[test]
    fn folding_without_a_string_agrees_with_fold() {
        // Hamza forms, tā' marbūṭa, marks, accents, a presentation-form
        // ligature (lam-alef) and Eastern digits.
        let words = [
            "أرباع",
            "ارباع",
            "إحدى",
            "احدي",
            "نِصف",
            "نصف",
            "السنة",
            "السنه",
            "Été",
            "ete",
            "\u{FEFB}لا",
            "لالا",
            "٣",
            "3",
            "",
            "ال",
        ];
        for a in words {
            for b in words {
                assert_eq!(folds_equal(a, b), fold(a) == fold(b), "{a} / {b}");
                // Asked again inside itself, the buffer is taken: it folds apart.
                let both = with_folded(a, |outer| with_folded(b, |inner| format!("{outer}|{inner}")));
                assert_eq!(both, format!("{}|{}", fold(a), fold(b)));
            }
            for prefix in ["ال", "ل", "e", ""] {
                assert_eq!(
                    folded_starts_with(a, prefix),
                    fold(a).starts_with(prefix),
                    "{a} / {prefix}"
                );
            }
            assert_eq!(with_folded(a, str::to_owned), fold(a));
        }
    }

    #[test]
    fn plain_letters_are_told_from_their_bytes_as_from_their_chars() {
        for c in '\u{0600}'..='\u{06FF}' {
            let plain = matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
                && !matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة');
            let mut bytes = [0; 4];
            c.encode_utf8(&mut bytes);
            assert_eq!(is_plain_letter(&bytes[..2]), plain, "{c} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn spelling_variants_fold_together() {
        assert_eq!(fold("إحدى"), fold("احدي"));
        assert_eq!(fold("مساءً"), "مساء");
        assert_eq!(fold("ثلاثـــة"), "ثلاثه");
        assert_eq!(fold("آلاف"), "الاف");
        assert_eq!(fold("٣٫٦"), "3٫6");
        assert_eq!(fold("۴\u{200F}۲"), "42");
    }

    #[test]
    fn latin_case_and_accents_fold_away() {
        assert_eq!(fold("Décembre"), "decembre");
        assert_eq!(fold("DÉCEMBRE"), "decembre");
        assert_eq!(fold("Août"), "aout");
        assert_eq!(fold("d’environ"), "d'environ");
        assert_eq!(fold("œuvre"), "œuvre");
        assert!(is_latin_letter('é') && is_latin_letter('Z') && !is_latin_letter('م') && !is_latin_letter('×'));
    }

    #[test]
    fn presentation_forms_and_fullwidth_digits_fold_to_plain_text() {
        // "three million" as a PDF stores it, glyph by glyph.
        assert_eq!(fold("ﺛﻼﺛﺔ ﻣﻼﻳﻴﻦ"), fold("ثلاثة ملايين"));
        assert_eq!(fold("ﺃﺯﻳﺪ"), fold("أزيد"));
        assert_eq!(fold("３．５"), "3．5");
    }
}
