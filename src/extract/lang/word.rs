//! What a word means to the reader, in any language: the kinds the
//! word tables of each language (`ar/lexicon.rs`, `fr/lexicon.rs`) fill
//! and the shared lexicon (`src/extract/lexicon.rs`) gathers.

/// What a number word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberWord {
    Zero,
    /// 1 to 9 (also the first word of the teens: أحد عشر، اثنا عشر).
    Unit(u8),
    /// 11 to 16 as one French word (`onze` … `seize`).
    Teen(u8),
    /// عشرة / عشر: ten on its own, or the second word of a teen.
    Ten,
    /// 20, 30, … 90.
    Tens(u8),
    /// 100 to 900 written as one word (مائة، مائتان، ثلاثمائة).
    Hundreds(u16),
    /// ألف، مليون، مليار، تريليون and their forms.
    Scale {
        value: u64,
        form: ScaleForm,
    },
    /// نصف، ربع: one `per`-th of the scale word before (`مليون ونصف`)
    /// or after it (`نصف مليون`).
    Fraction {
        per: u8,
    },
    /// أرباع: quarters, after a count (`ثلاثة أرباع المليون`).
    Quarters,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScaleForm {
    /// ألف، مليون: one of them, or the multiplier after a count.
    Singular,
    /// ألفان، مليوني: two of them, never after a count.
    Dual,
    /// آلاف، ملايين: after a count of 3 to 10; alone it is no figure.
    Plural,
    /// المليون: "the million", only after a fraction (`ونصف المليون`).
    Definite,
}

/// Part of the day that turns a 12-hour clock into a 24-hour one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    Morning,
    Noon,
    Evening,
    Night,
}

/// How the two ends of a range are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RangeJoin {
    /// `بين A و B`
    And,
    /// `من A إلى B`
    To,
    /// `A - B`
    Dash,
}

/// A currency's smaller unit: its words, and for each currency it
/// divides, how many of it make one (`هللة`: 100 to the riyal; `فلس`: 1000
/// to the Kuwaiti dinar, 100 to the dirham).
pub(crate) type SubUnit = (&'static [&'static str], &'static [(&'static str, u32)]);

/// The currencies whose hundredths both languages write as cents or
/// centimes (`سنتا`, `centimes`).
pub(crate) const CENTS_OF: &[(&str, u32)] = &[
    ("USD", 100),
    ("EUR", 100),
    ("CAD", 100),
    ("AUD", 100),
    ("MAD", 100),
    ("DZD", 100),
];
