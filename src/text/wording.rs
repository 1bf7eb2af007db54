//! Words and numbers as every step writes them for people: counts with
//! their noun in the right number, values with grouped thousands.

/// `n` and the noun, singular for one: "1 document", "2 documents".
pub(crate) fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes a decimal string with `,` between thousands: `3,685,964`, `3.5`,
/// `-143,300,000` (the sign is no digit).
pub(crate) fn group_thousands(plain: &str) -> String {
    let (sign, unsigned) = plain.strip_prefix('-').map_or(("", plain), |rest| ("-", rest));
    let (int, frac) = unsigned.split_once('.').map_or((unsigned, None), |(i, f)| (i, Some(f)));
    let digits = int.len();
    let mut out = String::with_capacity(plain.len() + digits / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}
