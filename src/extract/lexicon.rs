//! The words the reader knows, as tables a reader of the code can scan.
//!
//! Entries are written in their ordinary spelling; [`lexicon()`] folds them
//! (see [`crate::text::normalize`]) so that every spelling variant of the
//! text finds them. To teach the reader a word, add a row here.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::figure::{Change, Qualifier};
use super::lexicon_fr as fr;
use crate::text::normalize::{fold, is_arabic_letter};

/// What a number word contributes to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWord {
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
pub enum ScaleForm {
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
pub enum Period {
    Morning,
    Noon,
    Evening,
    Night,
}

use NumberWord::*;
use ScaleForm::*;

const THOUSAND: u64 = 1_000;
const MILLION: u64 = 1_000_000;
const BILLION: u64 = 1_000_000_000;
const TRILLION: u64 = 1_000_000_000_000;

const fn scale(value: u64, form: ScaleForm) -> NumberWord {
    Scale { value, form }
}

/// Number words, masculine and feminine, with dual and plural forms.
pub const NUMBER_WORDS: &[(&str, NumberWord)] = &[
    ("صفر", Zero),
    ("واحد", Unit(1)),
    ("واحدة", Unit(1)),
    ("أحد", Unit(1)),
    ("إحدى", Unit(1)),
    ("اثنان", Unit(2)),
    ("اثنين", Unit(2)),
    ("اثنتان", Unit(2)),
    ("اثنتين", Unit(2)),
    ("اثنا", Unit(2)),
    ("اثني", Unit(2)),
    ("اثنتا", Unit(2)),
    ("اثنتي", Unit(2)),
    ("ثنتان", Unit(2)),
    ("ثنتين", Unit(2)),
    ("ثلاثة", Unit(3)),
    ("ثلاث", Unit(3)),
    ("أربعة", Unit(4)),
    ("أربع", Unit(4)),
    ("خمسة", Unit(5)),
    ("خمس", Unit(5)),
    ("ستة", Unit(6)),
    ("ست", Unit(6)),
    ("سبعة", Unit(7)),
    ("سبع", Unit(7)),
    ("ثمانية", Unit(8)),
    ("ثماني", Unit(8)),
    ("ثمان", Unit(8)),
    ("تسعة", Unit(9)),
    ("تسع", Unit(9)),
    ("عشرة", Ten),
    ("عشر", Ten),
    // With the article, after or before a plural noun: الأشهر الستة,
    // الأربع سنوات. (Not الاثنين, which is Monday; not the short forms
    // that are other words: الست "the lady", السبع "the lion".)
    ("الثلاثة", Unit(3)),
    ("الثلاث", Unit(3)),
    ("الأربعة", Unit(4)),
    ("الأربع", Unit(4)),
    ("الخمسة", Unit(5)),
    ("الخمس", Unit(5)),
    ("الستة", Unit(6)),
    ("السبعة", Unit(7)),
    ("الثمانية", Unit(8)),
    ("الثماني", Unit(8)),
    ("التسعة", Unit(9)),
    ("التسع", Unit(9)),
    ("العشرة", Ten),
    ("العشر", Ten),
    ("عشرون", Tens(20)),
    ("عشرين", Tens(20)),
    ("ثلاثون", Tens(30)),
    ("ثلاثين", Tens(30)),
    ("أربعون", Tens(40)),
    ("أربعين", Tens(40)),
    ("خمسون", Tens(50)),
    ("خمسين", Tens(50)),
    ("ستون", Tens(60)),
    ("ستين", Tens(60)),
    ("سبعون", Tens(70)),
    ("سبعين", Tens(70)),
    ("ثمانون", Tens(80)),
    ("ثمانين", Tens(80)),
    ("تسعون", Tens(90)),
    ("تسعين", Tens(90)),
    ("مائة", Hundreds(100)),
    ("مئة", Hundreds(100)),
    ("مائتان", Hundreds(200)),
    ("مائتين", Hundreds(200)),
    ("مائتا", Hundreds(200)),
    ("مائتي", Hundreds(200)),
    ("مئتان", Hundreds(200)),
    ("مئتين", Hundreds(200)),
    ("مئتا", Hundreds(200)),
    ("مئتي", Hundreds(200)),
    ("ثلاثمائة", Hundreds(300)),
    ("ثلاثمئة", Hundreds(300)),
    ("أربعمائة", Hundreds(400)),
    ("أربعمئة", Hundreds(400)),
    ("خمسمائة", Hundreds(500)),
    ("خمسمئة", Hundreds(500)),
    ("ستمائة", Hundreds(600)),
    ("ستمئة", Hundreds(600)),
    ("سبعمائة", Hundreds(700)),
    ("سبعمئة", Hundreds(700)),
    ("ثمانمائة", Hundreds(800)),
    ("ثمانمئة", Hundreds(800)),
    ("ثمانيمائة", Hundreds(800)),
    ("ثمانيمئة", Hundreds(800)),
    ("تسعمائة", Hundreds(900)),
    ("تسعمئة", Hundreds(900)),
    ("ألف", scale(THOUSAND, Singular)),
    ("ألفا", scale(THOUSAND, Singular)),
    ("ألفان", scale(THOUSAND, Dual)),
    ("ألفين", scale(THOUSAND, Dual)),
    ("ألفي", scale(THOUSAND, Dual)),
    ("آلاف", scale(THOUSAND, Plural)),
    ("ألوف", scale(THOUSAND, Plural)),
    ("مليون", scale(MILLION, Singular)),
    ("مليونا", scale(MILLION, Singular)),
    ("مليونان", scale(MILLION, Dual)),
    ("مليونين", scale(MILLION, Dual)),
    ("مليوني", scale(MILLION, Dual)),
    ("ملايين", scale(MILLION, Plural)),
    ("المليون", scale(MILLION, Definite)),
    ("مليار", scale(BILLION, Singular)),
    ("مليارا", scale(BILLION, Singular)),
    ("ملياران", scale(BILLION, Dual)),
    ("مليارين", scale(BILLION, Dual)),
    ("ملياري", scale(BILLION, Dual)),
    ("مليارات", scale(BILLION, Plural)),
    ("المليار", scale(BILLION, Definite)),
    // بليون: the billion of Levantine and Egyptian press.
    ("بليون", scale(BILLION, Singular)),
    ("بليونا", scale(BILLION, Singular)),
    ("بليونان", scale(BILLION, Dual)),
    ("بليونين", scale(BILLION, Dual)),
    ("بليوني", scale(BILLION, Dual)),
    ("بلايين", scale(BILLION, Plural)),
    ("البليون", scale(BILLION, Definite)),
    ("تريليون", scale(TRILLION, Singular)),
    ("تريليونا", scale(TRILLION, Singular)),
    ("تريليونان", scale(TRILLION, Dual)),
    ("تريليونين", scale(TRILLION, Dual)),
    ("تريليوني", scale(TRILLION, Dual)),
    ("تريليونات", scale(TRILLION, Plural)),
    ("التريليون", scale(TRILLION, Definite)),
    ("نصف", Fraction { per: 2 }),
    ("ربع", Fraction { per: 4 }),
    ("أرباع", Quarters),
];

/// Qualifiers written before a figure, longest phrases matched first.
pub const QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
    ("أزيد من", Qualifier::MoreThan),
    ("أكثر من", Qualifier::MoreThan),
    ("ما يزيد عن", Qualifier::MoreThan),
    ("ما يزيد على", Qualifier::MoreThan),
    ("ما يفوق", Qualifier::MoreThan),
    ("يفوق", Qualifier::MoreThan),
    ("ما يربو على", Qualifier::MoreThan),
    ("لا يقل عن", Qualifier::AtLeast),
    ("ما لا يقل عن", Qualifier::AtLeast),
    ("على الأقل", Qualifier::AtLeast),
    ("أقل من", Qualifier::LessThan),
    ("ما يقل عن", Qualifier::LessThan),
    ("دون", Qualifier::LessThan),
    ("على الأكثر", Qualifier::AtMost),
    ("لا يزيد عن", Qualifier::AtMost),
    ("لا يزيد على", Qualifier::AtMost),
    ("ما لا يزيد عن", Qualifier::AtMost),
    ("ما لا يزيد على", Qualifier::AtMost),
    ("حوالي", Qualifier::About),
    ("نحو", Qualifier::About),
    ("قرابة", Qualifier::About),
    ("زهاء", Qualifier::About),
    ("ما يناهز", Qualifier::About),
    ("يناهز", Qualifier::About),
    ("ما يقارب", Qualifier::About),
    ("يقارب", Qualifier::About),
    ("تقارب", Qualifier::About),
    ("ما يقرب من", Qualifier::About),
    ("في حدود", Qualifier::About),
    ("تقريبا", Qualifier::About),
    ("لا تقل عن", Qualifier::AtLeast),
    ("ما لا تقل عن", Qualifier::AtLeast),
    ("لم يتجاوز", Qualifier::AtMost),
    ("لم تتجاوز", Qualifier::AtMost),
    ("لا يتجاوز", Qualifier::AtMost),
    ("لا تتجاوز", Qualifier::AtMost),
    ("لا يتعدى", Qualifier::AtMost),
    ("لا تتعدى", Qualifier::AtMost),
    ("تجاوز", Qualifier::MoreThan),
    ("تجاوزت", Qualifier::MoreThan),
    ("تخطى", Qualifier::MoreThan),
    ("تخطت", Qualifier::MoreThan),
    ("يتجاوز", Qualifier::MoreThan),
    ("تتجاوز", Qualifier::MoreThan),
    ("ما يتجاوز", Qualifier::MoreThan),
    ("ما تتجاوز", Qualifier::MoreThan),
    ("تفوق", Qualifier::MoreThan),
    ("أكبر من", Qualifier::MoreThan),
    ("فوق", Qualifier::MoreThan),
    ("تحت", Qualifier::LessThan),
    ("أقل من أو يساوي", Qualifier::AtMost),
    ("أصغر من أو يساوي", Qualifier::AtMost),
    ("أكبر من أو يساوي", Qualifier::AtLeast),
];

/// Words that may stand between a qualifier and its number (`دون سن 18`,
/// `تجاوز عتبة 50`): what is limited, not what is counted.
pub const QUALIFIED_LIMITS: &[&str] = &["سن", "عتبة", "حاجز", "سقف"];

/// Qualifiers that may follow the figure or its counted noun.
pub const QUALIFIERS_AFTER: &[(&str, Qualifier)] = &[
    ("على الأقل", Qualifier::AtLeast),
    ("أو أكثر", Qualifier::AtLeast),
    ("فأكثر", Qualifier::AtLeast),
    ("فما فوق", Qualifier::AtLeast),
    ("أو أقل", Qualifier::AtMost),
    ("فأقل", Qualifier::AtMost),
    ("على الأكثر", Qualifier::AtMost),
    ("تقريبا", Qualifier::About),
];

/// Words after a number that make it a percentage (signs are in [`PERCENT_SIGNS`]).
pub const PERCENT_WORDS: &[&str] = &["في المائة", "في المئة", "بالمائة", "بالمئة"];
pub const PERCENT_SIGNS: &[char] = &['%', '٪', '﹪', '％'];

/// Month names: Moroccan and Algerian (from French), Egyptian (from
/// English) and Levantine.
pub const MONTHS: &[(&str, u8)] = &[
    ("يناير", 1),
    ("جانفي", 1),
    ("كانون الثاني", 1),
    ("فبراير", 2),
    ("فيفري", 2),
    ("شباط", 2),
    ("مارس", 3),
    ("آذار", 3),
    ("أبريل", 4),
    ("أفريل", 4),
    ("نيسان", 4),
    ("ماي", 5),
    ("مايو", 5),
    ("أيار", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("جوان", 6),
    ("حزيران", 6),
    ("يوليوز", 7),
    ("يوليو", 7),
    ("يوليه", 7),
    ("جويلية", 7),
    ("تموز", 7),
    ("غشت", 8),
    ("أغسطس", 8),
    ("أوت", 8),
    ("آب", 8),
    ("شتنبر", 9),
    ("سبتمبر", 9),
    ("أيلول", 9),
    ("أكتوبر", 10),
    ("تشرين الأول", 10),
    ("نونبر", 11),
    ("نوفمبر", 11),
    ("تشرين الثاني", 11),
    ("دجنبر", 12),
    ("ديسمبر", 12),
    ("كانون الأول", 12),
];

/// Currencies and units written after a figure, normalised: ISO 4217 for
/// currencies, short symbols for measures (SPEC §6.2). Longest first, so
/// `درهم إماراتي` wins over `درهم`.
pub const UNITS: &[(&str, &str)] = &[
    ("درهم", "MAD"),
    ("دراهم", "MAD"),
    ("درهما", "MAD"),
    ("درهم مغربي", "MAD"),
    ("درهم إماراتي", "AED"),
    ("دولار", "USD"),
    ("دولارا", "USD"),
    ("دولارات", "USD"),
    ("دولار أمريكي", "USD"),
    ("دولار أميركي", "USD"),
    ("أورو", "EUR"),
    ("يورو", "EUR"),
    ("جنيه", "EGP"),
    ("جنيها", "EGP"),
    ("جنيهات", "EGP"),
    ("جنيه مصري", "EGP"),
    ("جنيه إسترليني", "GBP"),
    ("جنيه استرليني", "GBP"),
    ("جنيهات إسترلينية", "GBP"),
    ("جنيهات استرلينية", "GBP"),
    ("ين", "JPY"),
    ("ين ياباني", "JPY"),
    ("دولار كندي", "CAD"),
    ("دولار أسترالي", "AUD"),
    ("ريال سعودي", "SAR"),
    ("ريالا سعوديا", "SAR"),
    ("ريال قطري", "QAR"),
    ("ريال عماني", "OMR"),
    ("دينار كويتي", "KWD"),
    ("دينار أردني", "JOD"),
    ("دينار جزائري", "DZD"),
    ("دينار تونسي", "TND"),
    ("دينار بحريني", "BHD"),
    ("دينار عراقي", "IQD"),
    ("دينار ليبي", "LYD"),
    ("ليرة لبنانية", "LBP"),
    ("ليرة سورية", "SYP"),
    ("ليرة تركية", "TRY"),
    ("كيلومتر", "km"),
    ("كيلومترا", "km"),
    ("كيلومترات", "km"),
    ("كلم", "km"),
    ("كيلومتر في الساعة", "km/h"),
    ("كلم في الساعة", "km/h"),
    ("كيلوغرام", "kg"),
    ("كيلوغراما", "kg"),
    ("كيلوغرامات", "kg"),
    ("كلغ", "kg"),
    ("طن", "t"),
    ("طنا", "t"),
    ("أطنان", "t"),
    ("هكتار", "ha"),
    ("هكتارا", "ha"),
    ("هكتارات", "ha"),
    ("متر مكعب", "m3"),
    ("مترا مكعبا", "m3"),
    ("أمتار مكعبة", "m3"),
    ("ميغاواط", "MW"),
    ("ميغاوات", "MW"),
    ("ميجاوات", "MW"),
    ("في الألف", "per_mille"),
    ("نقطة مئوية", "pp"),
    ("نقاط مئوية", "pp"),
    ("نقطة", "pp"),
    ("نقاط", "pp"),
];

/// Units written in Latin letters after a figure (`140km/h` is read apart).
pub const LATIN_UNITS: &[(&str, &str)] = &[
    ("DH", "MAD"),
    ("DHS", "MAD"),
    ("MAD", "MAD"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CHF", "CHF"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("SAR", "SAR"),
    ("AED", "AED"),
    ("QAR", "QAR"),
    ("KWD", "KWD"),
    ("JOD", "JOD"),
    ("EGP", "EGP"),
    ("DZD", "DZD"),
    ("TND", "TND"),
    ("km", "km"),
    ("kg", "kg"),
    ("ha", "ha"),
    ("MW", "MW"),
    ("m3", "m3"),
    ("pp", "pp"),
];

/// Words after a figure that are not what it counts.
pub const FUNCTION_WORDS: &[&str] = &[
    "من",
    "في",
    "على",
    "إلى",
    "عن",
    "مع",
    "أو",
    "ثم",
    "حتى",
    "منذ",
    "خلال",
    "بين",
    "عند",
    "لدى",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "التي",
    "الذي",
    "الذين",
    "اللواتي",
    "هذه",
    "هذا",
    "ذلك",
    "تلك",
    "أن",
    "إن",
    "كما",
    "أي",
    "وهو",
    "وهي",
    "هو",
    "هي",
    "مقابل",
    "فقط",
    "أيضا",
    "بعد",
    "قبل",
    "نحو",
    "حيث",
    "إذ",
    "كل",
    "بل",
    "لكن",
    "غير",
    "سوى",
    "حسب",
    "وفق",
    "وفقا",
];

/// Verbs that follow their subject (`بإحصاء 2014 عرف`، `2022 شهدت`): four
/// digits before them are a year, never a count, and no noun is counted
/// by the figure before them.
pub const VERBS_AFTER_A_SUBJECT: &[&str] = &[
    "عرف",
    "عرفت",
    "شهد",
    "شهدت",
    "سجل",
    "سجلت",
    "كان",
    "كانت",
    "بلغ",
    "بلغت",
    "جاء",
    "جاءت",
    "مثل",
    "مثلت",
    "تميز",
    "تميزت",
    "يعرف",
    "تعرف",
    "يشهد",
    "تشهد",
    "يسجل",
    "تسجل",
    "ستعرف",
    "سيعرف",
    "ستشهد",
    "سيشهد",
];

/// Words that make the number after them negative (`ناقص 10`، `سالب 5`).
pub const SIGN_WORDS: &[&str] = &["ناقص", "سالب"];

/// Ordinal units before `عشر` or `و` + tens (`الحادي عشر`، `الثاني
/// والعشرون`): the words after them are part of an ordinal, no figure.
pub const ORDINAL_UNITS: &[&str] = &[
    "الحادي",
    "الحادية",
    "الثاني",
    "الثانية",
    "الثالث",
    "الثالثة",
    "الرابع",
    "الرابعة",
    "الخامس",
    "الخامسة",
    "السادس",
    "السادسة",
    "السابع",
    "السابعة",
    "الثامن",
    "الثامنة",
    "التاسع",
    "التاسعة",
];

/// A part of a period (`النصف الأول من سبتمبر`، `الربع الثاني`): the
/// ordinal after it is no day of a month.
pub const PERIOD_PARTS: &[&str] = &["النصف", "الربع", "الثلث", "الشطر", "السداسي", "الفصل"];

/// Denominators after a number word (`خمسة أثمان`، `ثلاثة أرباع`): a
/// fraction, never its numerator alone.
pub const FRACTION_DENOMINATORS: &[&str] = &[
    "أرباع",
    "أثمان",
    "أخماس",
    "أسداس",
    "أسباع",
    "أتساع",
    "أعشار",
    "أثلاث",
    "ثلثا",
    "ثلثي",
];

/// Colloquial number words (Darija, Egyptian) the reader does not read:
/// a number joined to one (`متين وعشرة`) is read as none, never in part.
pub const COLLOQUIAL_NUMBER_WORDS: &[&str] = &[
    "متين",
    "ميتين",
    "جوج",
    "زوج",
    "اتنين",
    "تلاتة",
    "تلاته",
    "تلات",
    "تمنية",
    "تمانية",
    "تلاتين",
    "تمانين",
    "ربعين",
    "خمسطاش",
    "ستطاش",
    "حداش",
    "طناش",
    "تلطاش",
    "ربعطاش",
];

/// The hundredths of a dollar or a euro (`50 سنتا`).
pub const CENTS_WORDS: &[&str] = &["سنت", "سنتا", "سنتات", "سنتيم", "سنتيما"];

/// Words between the whole and the decimals of a number in words
/// (`ثلاثة فاصلة خمسة`).
pub const DECIMAL_POINT_WORDS: &[&str] = &["فاصلة", "فاصل"];

/// Words before a figure that make it a change, and which way.
pub const CHANGE_WORDS: &[(&str, Change)] = &[
    ("ارتفع", Change::Rise),
    ("ارتفعت", Change::Rise),
    ("ارتفاع", Change::Rise),
    ("ارتفاعا", Change::Rise),
    ("زاد", Change::Rise),
    ("زادت", Change::Rise),
    ("ازداد", Change::Rise),
    ("ازدادت", Change::Rise),
    ("زيادة", Change::Rise),
    ("نما", Change::Rise),
    ("نمت", Change::Rise),
    ("نمو", Change::Rise),
    ("نموا", Change::Rise),
    ("قفز", Change::Rise),
    ("قفزت", Change::Rise),
    ("تراجع", Change::Fall),
    ("تراجعت", Change::Fall),
    ("تراجعا", Change::Fall),
    ("انخفض", Change::Fall),
    ("انخفضت", Change::Fall),
    ("انخفاض", Change::Fall),
    ("انخفاضا", Change::Fall),
    ("نقص", Change::Fall),
    ("نقصت", Change::Fall),
    ("تقلص", Change::Fall),
    ("تقلصت", Change::Fall),
    ("هبط", Change::Fall),
    ("هبطت", Change::Fall),
    ("هبوط", Change::Fall),
    ("تدنى", Change::Fall),
    ("تدنت", Change::Fall),
];

/// Words that may stand between a change word and its figure: "by", "a
/// rate of", "amounting to" (`ارتفع بـ`, `بنسبة`, `انخفاض قدره`). Not إلى:
/// `ارتفع إلى 500` states the new level, not the change.
pub const CHANGE_CONNECTORS: &[&str] = &[
    "ب",
    "بنسبة",
    "نسبة",
    "نسبته",
    "نسبتها",
    "قدره",
    "قدرها",
    "ما",
    "بمقدار",
    "مقداره",
    "مقدارها",
];

/// How the two ends of a range are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeJoin {
    /// `بين A و B`
    And,
    /// `من A إلى B`
    To,
    /// `A - B`
    Dash,
}

/// Words that open a range, and how its ends are joined.
pub const RANGE_OPENERS: &[(&str, RangeJoin)] = &[
    ("بين", RangeJoin::And),
    ("ما بين", RangeJoin::And),
    ("من", RangeJoin::To),
];

/// Words between the ends of `من A إلى B`.
pub const RANGE_TO: &[&str] = &["إلى", "حتى"];

/// Names that carry a number of their own (`كوفيد 19`): the number is
/// part of the name, not a figure.
pub const NUMBERED_NAMES: &[&str] = &["كوفيد"];

/// Months of the Hijri calendar (SPEC §6.1).
pub const HIJRI_MONTHS: &[(&str, u8)] = &[
    ("محرم", 1),
    ("صفر", 2),
    ("ربيع الأول", 3),
    ("ربيع الثاني", 4),
    ("ربيع الآخر", 4),
    ("جمادى الأولى", 5),
    ("جمادى الأول", 5),
    ("جمادى الآخرة", 6),
    ("جمادى الثانية", 6),
    ("جمادى الآخر", 6),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
    ("ذو القعدة", 11),
    ("ذي القعدة", 11),
    ("ذو الحجة", 12),
    ("ذي الحجة", 12),
];

/// The mark after a Hijri year: `1445هـ`, `1445 هـ`.
pub const HIJRI_MARKS: &[&str] = &["هـ", "ه"];

/// Days of a month in words: `فاتح يناير 2024`, `الثامن من مارس 2020`,
/// `أول يوليو 2023` (the day is masculine: اليوم الثامن).
pub const DAY_WORDS: &[(&str, u8)] = &[
    ("فاتح", 1),
    ("الفاتح", 1),
    ("أول", 1),
    ("الأول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("الحادي عشر", 11),
    ("الثاني عشر", 12),
    ("الثالث عشر", 13),
    ("الرابع عشر", 14),
    ("الخامس عشر", 15),
    ("السادس عشر", 16),
    ("السابع عشر", 17),
    ("الثامن عشر", 18),
    ("التاسع عشر", 19),
    ("العشرين", 20),
    ("الحادي والعشرين", 21),
    ("الثاني والعشرين", 22),
    ("الثالث والعشرين", 23),
    ("الرابع والعشرين", 24),
    ("الخامس والعشرين", 25),
    ("السادس والعشرين", 26),
    ("السابع والعشرين", 27),
    ("الثامن والعشرين", 28),
    ("التاسع والعشرين", 29),
    ("الثلاثين", 30),
    ("الحادي والثلاثين", 31),
];

/// Words before (or just after) four digits that make them a year rather
/// than a count: `سنة 2025 إنجاز` is a year, `2000 زائر` a count.
pub const YEAR_CUES: &[&str] = &[
    "سنة",
    "السنة",
    "عام",
    "العام",
    "برسم",
    "خلال",
    "منذ",
    "في",
    "حتى",
    "مطلع",
    "بداية",
    "نهاية",
    "أواخر",
    "أوائل",
    "موسم",
    "سنتي",
    "عامي",
    "حصيلة",
    "إحصاء",
    "قبل",
    "بعد",
    "ميزانية",
    "دورة",
    "رؤية",
    "آفاق",
    "أفق",
];

/// Words between a day in words and its month (`الثامن من مارس`).
pub const DAY_OF: &[&str] = &["من", "شهر", "من شهر"];

/// The word that introduces a clock time written in words.
pub const CLOCK: &[&str] = &["الساعة"];

/// Hours written as ordinals after الساعة.
pub const HOURS: &[(&str, u8)] = &[
    ("الواحدة", 1),
    ("الثانية", 2),
    ("الثالثة", 3),
    ("الرابعة", 4),
    ("الخامسة", 5),
    ("السادسة", 6),
    ("السابعة", 7),
    ("الثامنة", 8),
    ("التاسعة", 9),
    ("العاشرة", 10),
    ("الحادية عشرة", 11),
    ("الحادية عشر", 11),
    ("الثانية عشرة", 12),
    ("الثانية عشر", 12),
];

/// Fractions of an hour after the hour word, in minutes.
pub const MINUTES: &[(&str, i8)] = &[
    ("والنصف", 30),
    ("والربع", 15),
    ("والثلث", 20),
    ("إلا ربعا", -15),
    ("إلا الربع", -15),
    ("إلا ثلثا", -20),
    ("إلا الثلث", -20),
];

/// Words for minutes after a clock time in digits (`الساعة 16 و30 دقيقة`).
pub const MINUTE_WORDS: &[&str] = &["دقيقة", "دقائق"];

/// Parts of the day after a time; `م` and `ص` are the abbreviations of
/// مساء and صباحا after digits (`09:30 م`).
pub const PERIODS: &[(&str, Period)] = &[
    ("م", Period::Evening),
    ("ص", Period::Morning),
    ("صباحا", Period::Morning),
    ("صباح", Period::Morning),
    ("ظهرا", Period::Noon),
    ("زوالا", Period::Noon),
    ("بعد الزوال", Period::Evening),
    ("عصرا", Period::Evening),
    ("مساء", Period::Evening),
    ("مساءا", Period::Evening),
    ("ليلا", Period::Night),
];

/// Words for "one" that, standing alone, mean "one of" (إحدى المدن) and are
/// no figure; inside a number (إحدى عشرة) they count.
pub const ONE_OF: &[&str] = &["أحد", "إحدى"];

/// Nouns that count one of themselves before a fraction: `سنة ونصف` is
/// 1.5 years, `ساعة وربع` 1.25 hours (SPEC §6.1).
pub const ONE_UNIT_NOUNS: &[&str] = &["سنة", "عام", "شهر", "أسبوع", "يوم", "ساعة", "دقيقة", "ليلة"];

/// "Of" after a lone "one": `واحدة من أجمل المدن` is "one of", no figure.
pub const OF: &[&str] = &["من"];

/// "Each": `كل واحدة منها` is "each one of them", no figure.
pub const EACH: &[&str] = &["كل"];

/// Letters glued to the front of a word: and, so, with/by, for, like.
const PREFIXES: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];

/// A word the reader knows, by its index in [`Lexicon`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WordId(u32);

/// A known word found in the text, possibly behind a glued prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownWord {
    pub id: WordId,
    /// Folded chars of the prefix (0 when none): `وعشرون` has one.
    pub prefix_chars: u8,
    /// Whether that prefix is exactly the conjunction و.
    pub prefix_is_waw: bool,
}

/// A sequence of known words with what it means.
#[derive(Debug)]
pub struct Phrase<T> {
    pub words: Vec<WordId>,
    pub meaning: T,
}

/// The tables of words the reader looks up by their text (none of them
/// starts a figure), in the order of [`Lexicon::word_lists`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordList {
    /// [`VERBS_AFTER_A_SUBJECT`].
    SubjectVerbs,
    /// [`ORDINAL_UNITS`].
    OrdinalUnits,
    /// [`PERIOD_PARTS`].
    PeriodParts,
    /// [`FRACTION_DENOMINATORS`].
    FractionDenominators,
    /// [`DECIMAL_POINT_WORDS`].
    DecimalPoints,
    /// [`COLLOQUIAL_NUMBER_WORDS`].
    ColloquialNumbers,
    /// [`CENTS_WORDS`].
    Cents,
}

impl WordList {
    const COUNT: usize = 7;
}

// The last list closes the array: a list added after it must grow COUNT.
const _: () = assert!(WordList::Cents as usize + 1 == WordList::COUNT);

/// All tables, folded and indexed once.
#[derive(Debug)]
pub struct Lexicon {
    ids: FxHashMap<String, WordId>,
    /// Every form a known word is found in: itself, and behind each glued
    /// prefix it may take, so that a word of the text is one look-up.
    forms: FxHashMap<String, KnownWord>,
    /// The longest known word, in bytes, with the longest prefix: longer
    /// words are looked up no further.
    longest: usize,
    numbers: Vec<Option<NumberWord>>,
    pub waw: WordId,
    /// French `et` (`vingt et un`, `14 et 15 septembre`).
    pub et: WordId,
    pub numbered_names: Vec<WordId>,
    pub units: Vec<Phrase<&'static str>>,
    pub range_openers: Vec<Phrase<RangeJoin>>,
    pub range_to: Vec<Phrase<()>>,
    /// Folded; looked up by text, not interned: interning makes a word
    /// "known", and every known word is a place a figure may start.
    function_words: FxHashSet<String>,
    /// Looked up by text like [`Lexicon::function_words`], one set per
    /// [`WordList`].
    word_lists: [FxHashSet<String>; WordList::COUNT],
    pub sign_words: Vec<Phrase<()>>,
    changes: FxHashMap<WordId, Change>,
    change_connectors: Vec<WordId>,
    pub year_cues: Vec<WordId>,
    pub qualifiers_before: Vec<Phrase<Qualifier>>,
    pub qualifiers_after: Vec<Phrase<Qualifier>>,
    pub qualified_limits: Vec<Phrase<()>>,
    pub percent_words: Vec<Phrase<()>>,
    pub months: Vec<Phrase<u8>>,
    pub hijri_months: Vec<Phrase<u8>>,
    pub hijri_marks: Vec<Phrase<()>>,
    pub day_words: Vec<Phrase<u8>>,
    pub day_of: Vec<Phrase<()>>,
    pub clock: Vec<Phrase<()>>,
    pub hours: Vec<Phrase<u8>>,
    pub minutes: Vec<Phrase<i8>>,
    pub minute_words: Vec<Phrase<()>>,
    pub periods: Vec<Phrase<Period>>,
    pub one_of: Vec<Phrase<()>>,
    pub each: Vec<Phrase<()>>,
    pub of: Vec<Phrase<()>>,
    pub one_unit_nouns: Vec<Phrase<()>>,
    /// French `de` between a scale word and what it counts.
    pub french_of: Vec<Phrase<()>>,
    pub ordinal_endings: Vec<Phrase<()>>,
    pub hour_marks: Vec<Phrase<()>>,
    pub french_adjectives: Vec<Phrase<()>>,
    pub scaled_units: Vec<Phrase<(u64, &'static str)>>,
    /// By word id: whether a figure may start at the word (a number word,
    /// or the first word of a phrase that opens one).
    starts: Vec<bool>,
}

/// The first word of each phrase.
fn first_words<T>(phrases: &[Phrase<T>]) -> Vec<WordId> {
    phrases.iter().filter_map(|p| p.words.first().copied()).collect()
}

/// The words of a French table entry as the reader splits French text: at
/// spaces and hyphens, and after an elision (`jusqu'à` → `jusqu'`, `à`).
fn french_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().flat_map(|w| w.split('-')).flat_map(|w| {
        let cut = w.find('\'').map_or(w.len(), |i| i + 1);
        let (elided, rest) = w.split_at(cut);
        [elided, rest].into_iter().filter(|p| !p.is_empty())
    })
}

/// Every form of the known words `ids`: each word itself, then behind
/// each prefix in [`PREFIXES`] order (a form two readings share is read
/// the first way: whole, or behind the first prefix that leaves a word).
fn forms(ids: &FxHashMap<String, WordId>) -> FxHashMap<String, KnownWord> {
    let mut forms: FxHashMap<String, KnownWord> = ids
        .iter()
        .map(|(word, &id)| {
            let whole = KnownWord {
                id,
                prefix_chars: 0,
                prefix_is_waw: false,
            };
            (word.clone(), whole)
        })
        .collect();
    // Within one prefix each word makes a different form, so only the
    // order of prefixes decides.
    // Only Arabic words take a glued prefix.
    for prefix in PREFIXES {
        for (rest, &id) in ids
            .iter()
            .filter(|(w, _)| w.chars().next().is_some_and(is_arabic_letter))
        {
            // A bare two-letter rest behind ب/ل is more often another word
            // (لست "I am not" is not ل + ست "six"); but بما is ب + ما
            // (`بما يقرب من 300`).
            if *prefix != "و" && rest.chars().count() < 3 && rest != "ما" {
                continue;
            }
            forms.entry(format!("{prefix}{rest}")).or_insert(KnownWord {
                id,
                prefix_chars: prefix.chars().count() as u8,
                prefix_is_waw: *prefix == "و",
            });
        }
    }
    forms
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lexicon = Lexicon {
            ids: FxHashMap::default(),
            forms: FxHashMap::default(),
            longest: 0,
            numbers: Vec::new(),
            waw: WordId(0),
            et: WordId(0),
            numbered_names: Vec::new(),
            units: Vec::new(),
            range_openers: Vec::new(),
            range_to: Vec::new(),
            function_words: FxHashSet::default(),
            word_lists: Default::default(),
            sign_words: Vec::new(),
            changes: FxHashMap::default(),
            change_connectors: Vec::new(),
            year_cues: Vec::new(),
            qualifiers_before: Vec::new(),
            qualifiers_after: Vec::new(),
            qualified_limits: Vec::new(),
            percent_words: Vec::new(),
            months: Vec::new(),
            hijri_months: Vec::new(),
            hijri_marks: Vec::new(),
            day_words: Vec::new(),
            day_of: Vec::new(),
            clock: Vec::new(),
            hours: Vec::new(),
            minutes: Vec::new(),
            minute_words: Vec::new(),
            periods: Vec::new(),
            one_of: Vec::new(),
            each: Vec::new(),
            of: Vec::new(),
            one_unit_nouns: Vec::new(),
            french_of: Vec::new(),
            ordinal_endings: Vec::new(),
            hour_marks: Vec::new(),
            french_adjectives: Vec::new(),
            scaled_units: Vec::new(),
            starts: Vec::new(),
        };
        lexicon.waw = lexicon.intern("و");
        lexicon.et = lexicon.intern(fr::AND);
        lexicon.numbered_names = NUMBERED_NAMES.iter().map(|name| lexicon.intern(name)).collect();
        lexicon.year_cues = [YEAR_CUES, fr::YEAR_CUES]
            .concat()
            .iter()
            .map(|cue| lexicon.intern(cue))
            .collect();
        lexicon.units = lexicon.phrases(UNITS, fr::UNITS);
        lexicon.range_openers = lexicon.phrases(RANGE_OPENERS, fr::RANGE_OPENERS);
        lexicon.range_to = lexicon.plain_phrases(RANGE_TO, fr::RANGE_TO);
        lexicon.changes = [CHANGE_WORDS, fr::CHANGE_WORDS]
            .concat()
            .iter()
            .map(|&(w, c)| (lexicon.intern(w), c))
            .collect();
        lexicon.change_connectors = [CHANGE_CONNECTORS, fr::CHANGE_CONNECTORS]
            .concat()
            .iter()
            .map(|w| lexicon.intern(w))
            .collect();
        lexicon.function_words = [FUNCTION_WORDS, fr::FUNCTION_WORDS]
            .concat()
            .iter()
            .map(|w| fold(w))
            .collect();
        let folded_set =
            |tables: &[&[&str]]| -> FxHashSet<String> { tables.concat().iter().map(|w| fold(w)).collect() };
        lexicon.word_lists = [
            folded_set(&[VERBS_AFTER_A_SUBJECT, fr::VERBS_AFTER_A_SUBJECT]),
            folded_set(&[ORDINAL_UNITS]),
            folded_set(&[PERIOD_PARTS]),
            folded_set(&[FRACTION_DENOMINATORS, fr::FRACTION_DENOMINATORS]),
            folded_set(&[DECIMAL_POINT_WORDS, fr::DECIMAL_POINT_WORDS]),
            folded_set(&[COLLOQUIAL_NUMBER_WORDS]),
            folded_set(&[CENTS_WORDS, fr::CENTS_WORDS]),
        ];
        lexicon.sign_words = lexicon.plain_phrases(SIGN_WORDS, fr::SIGN_WORDS);
        for &(word, number) in NUMBER_WORDS.iter().chain(fr::NUMBER_WORDS) {
            let id = lexicon.intern(word);
            lexicon.numbers[id.0 as usize] = Some(number);
        }
        lexicon.qualifiers_before = lexicon.phrases(QUALIFIERS_BEFORE, fr::QUALIFIERS_BEFORE);
        lexicon.qualifiers_after = lexicon.phrases(QUALIFIERS_AFTER, fr::QUALIFIERS_AFTER);
        lexicon.qualified_limits = lexicon.plain_phrases(QUALIFIED_LIMITS, &[]);
        lexicon.percent_words = lexicon.plain_phrases(PERCENT_WORDS, fr::PERCENT_WORDS);
        lexicon.months = lexicon.phrases(MONTHS, fr::MONTHS);
        lexicon.hijri_months = lexicon.phrases(HIJRI_MONTHS, &[]);
        lexicon.hijri_marks = lexicon.plain_phrases(HIJRI_MARKS, &[]);
        lexicon.day_words = lexicon.phrases(DAY_WORDS, &[]);
        lexicon.day_of = lexicon.plain_phrases(DAY_OF, &[]);
        lexicon.clock = lexicon.plain_phrases(CLOCK, &[]);
        lexicon.hours = lexicon.phrases(HOURS, &[]);
        lexicon.minutes = lexicon.phrases(MINUTES, &[]);
        lexicon.minute_words = lexicon.plain_phrases(MINUTE_WORDS, &[]);
        lexicon.periods = lexicon.phrases(PERIODS, &[]);
        lexicon.one_of = lexicon.plain_phrases(ONE_OF, &[]);
        lexicon.each = lexicon.plain_phrases(EACH, &[]);
        lexicon.of = lexicon.plain_phrases(OF, &[]);
        lexicon.one_unit_nouns = lexicon.plain_phrases(ONE_UNIT_NOUNS, &[]);
        lexicon.french_of = lexicon.plain_phrases(&[], fr::OF);
        lexicon.ordinal_endings = lexicon.plain_phrases(&[], fr::ORDINAL_ENDINGS);
        lexicon.hour_marks = lexicon.plain_phrases(&[], fr::HOUR_MARKS);
        lexicon.french_adjectives = lexicon.plain_phrases(&[], fr::ADJECTIVES_BEFORE_NOUN);
        let scaled: Vec<(&str, (u64, &'static str))> = fr::SCALED_UNITS
            .iter()
            .map(|&(w, scale, unit)| (w, (scale, unit)))
            .collect();
        lexicon.scaled_units = lexicon.phrases(&[], &scaled);
        lexicon.starts = lexicon.numbers.iter().map(Option::is_some).collect();
        let openers: Vec<WordId> = [
            first_words(&lexicon.qualifiers_before),
            first_words(&lexicon.day_words),
            first_words(&lexicon.months),
            first_words(&lexicon.clock),
            first_words(&lexicon.range_openers),
            first_words(&lexicon.one_unit_nouns),
            first_words(&lexicon.sign_words),
        ]
        .concat();
        for id in openers {
            if let Some(start) = lexicon.starts.get_mut(id.0 as usize) {
                *start = true;
            }
        }
        let prefix = PREFIXES.iter().map(|p| p.len()).max().unwrap_or(0);
        lexicon.longest = lexicon.ids.keys().map(String::len).max().unwrap_or(0) + prefix;
        lexicon.forms = forms(&lexicon.ids);
        lexicon
    }

    fn intern(&mut self, word: &str) -> WordId {
        let folded = fold(word);
        if let Some(&id) = self.ids.get(&folded) {
            return id;
        }
        let id = WordId(self.numbers.len() as u32);
        self.ids.insert(folded, id);
        self.numbers.push(None);
        id
    }

    /// The phrases of an Arabic and a French table, longest first.
    fn phrases<T: Copy>(&mut self, arabic: &[(&str, T)], french: &[(&str, T)]) -> Vec<Phrase<T>> {
        let mut phrases: Vec<Phrase<T>> = Vec::with_capacity(arabic.len() + french.len());
        for &(text, meaning) in arabic {
            let words = text.split_whitespace().map(|w| self.intern(w)).collect();
            phrases.push(Phrase { words, meaning });
        }
        for &(text, meaning) in french {
            let words = french_words(text).map(|w| self.intern(w)).collect();
            phrases.push(Phrase { words, meaning });
        }
        // Longest first, so `ما لا يقل عن` wins over `لا يقل عن`.
        phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        phrases
    }

    fn plain_phrases(&mut self, arabic: &[&str], french: &[&str]) -> Vec<Phrase<()>> {
        fn pairs<'a>(table: &[&'a str]) -> Vec<(&'a str, ())> {
            table.iter().map(|&t| (t, ())).collect()
        }
        let (arabic, french) = (pairs(arabic), pairs(french));
        self.phrases(&arabic, &french)
    }

    /// Finds a folded word, whole or behind a glued prefix.
    pub fn lookup(&self, folded: &str) -> Option<KnownWord> {
        if folded.len() > self.longest {
            return None;
        }
        self.forms.get(folded).copied()
    }

    /// Whether a figure may start at this word.
    pub fn starts_figure(&self, id: WordId) -> bool {
        self.starts.get(id.0 as usize).copied().unwrap_or(false)
    }

    /// Whether a word (as written) is a preposition, pronoun or particle.
    pub fn is_function_word(&self, word: &str) -> bool {
        let folded = fold(word);
        self.function_words.contains(&folded)
    }

    /// Whether a word (as written) is in `list`.
    pub fn is(&self, list: WordList, word: &str) -> bool {
        self.word_lists[list as usize].contains(&fold(word))
    }

    /// The change a word states, if it is a change word.
    pub fn change_of(&self, id: WordId) -> Option<Change> {
        self.changes.get(&id).copied()
    }

    pub fn is_change_connector(&self, id: WordId) -> bool {
        self.change_connectors.contains(&id)
    }

    /// The number meaning of a word, if it has one.
    pub fn number(&self, id: WordId) -> Option<NumberWord> {
        self.numbers.get(id.0 as usize).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_find_the_same_word() {
        let lex = lexicon();
        let a = lex.lookup(&fold("إحدى")).unwrap();
        let b = lex.lookup(&fold("احدي")).unwrap();
        assert_eq!(a.id, b.id);
        assert_eq!(lex.number(a.id), Some(Unit(1)));
    }

    #[test]
    fn conjunction_is_stripped_from_number_words() {
        let lex = lexicon();
        let word = lex.lookup(&fold("وعشرون")).unwrap();
        assert!(word.prefix_is_waw);
        assert_eq!(lex.number(word.id), Some(Tens(20)));
        // واحد starts with و but is a word of its own.
        let one = lex.lookup(&fold("واحد")).unwrap();
        assert_eq!(one.prefix_chars, 0);
    }

    #[test]
    fn short_rest_behind_a_preposition_is_not_a_number() {
        assert!(lexicon().lookup(&fold("لست")).is_none());
        assert!(lexicon().lookup(&fold("بالمائة")).is_some());
    }
}
