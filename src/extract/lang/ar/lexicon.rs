//! Arabic word tables: number words and scales, qualifiers, units, months
//! and days, change and range words, cues around years and clocks. Each is
//! a list the reader looks up by text, merged with the French ones into
//! one lexicon (`src/extract/lexicon.rs`).

use crate::extract::figure::{Change, Qualifier};
use crate::extract::lang::word::{NumberWord, Period, RangeJoin, ScaleForm, SubUnit, CENTS_OF};
use NumberWord::*;
use ScaleForm::*;

pub(crate) const THOUSAND: u64 = 1_000;
pub(crate) const MILLION: u64 = 1_000_000;
pub(crate) const BILLION: u64 = 1_000_000_000;
pub(crate) const TRILLION: u64 = 1_000_000_000_000;

pub(crate) const fn scale(value: u64, form: ScaleForm) -> NumberWord {
    Scale { value, form }
}

/// Words after a number that make it a percentage.
pub(crate) const PERCENT_WORDS: &[&str] = &["في المائة", "في المئة", "بالمائة", "بالمئة"];

/// Number words, masculine and feminine, with dual and plural forms.
pub(crate) const NUMBER_WORDS: &[(&str, NumberWord)] = &[
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
    // The spelling without the first ya (`ترليون`).
    ("ترليون", scale(TRILLION, Singular)),
    ("ترليونا", scale(TRILLION, Singular)),
    ("ترليونات", scale(TRILLION, Plural)),
    ("الترليون", scale(TRILLION, Definite)),
    ("نصف", Fraction { per: 2 }),
    ("ثلث", Fraction { per: 3 }),
    ("ربع", Fraction { per: 4 }),
    ("أرباع", Quarters),
];

/// Qualifiers written before a figure, longest phrases matched first.
pub(crate) const QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
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

/// Verbs that bound a figure from before their clause's subject
/// (`يتجاوز عدد المستفيدين 300 ألف`): see `verb_first.rs`. Only verbs: a
/// qualifier such as `حوالي` or `أكثر من` stands right before its number.
pub(crate) const VERB_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("لم يتجاوز", Qualifier::AtMost),
    ("لم تتجاوز", Qualifier::AtMost),
    ("لا يتجاوز", Qualifier::AtMost),
    ("لا تتجاوز", Qualifier::AtMost),
    ("لم يتعد", Qualifier::AtMost),
    ("لم تتعد", Qualifier::AtMost),
    ("لا يتعدى", Qualifier::AtMost),
    ("لا تتعدى", Qualifier::AtMost),
    ("لا يقل", Qualifier::AtLeast),
    ("لا تقل", Qualifier::AtLeast),
    ("تجاوز", Qualifier::MoreThan),
    ("تجاوزت", Qualifier::MoreThan),
    ("يتجاوز", Qualifier::MoreThan),
    ("تتجاوز", Qualifier::MoreThan),
    ("تخطى", Qualifier::MoreThan),
    ("تخطت", Qualifier::MoreThan),
    ("يتخطى", Qualifier::MoreThan),
    ("تتخطى", Qualifier::MoreThan),
    ("فاق", Qualifier::MoreThan),
    ("فاقت", Qualifier::MoreThan),
    ("يفوق", Qualifier::MoreThan),
    ("تفوق", Qualifier::MoreThan),
    ("ناهز", Qualifier::About),
    ("ناهزت", Qualifier::About),
    ("يناهز", Qualifier::About),
    ("تناهز", Qualifier::About),
    ("يقارب", Qualifier::About),
    ("تقارب", Qualifier::About),
    ("قارب", Qualifier::About),
    ("قاربت", Qualifier::About),
];

/// Words that head a subject naming a quantity (`عدد المستفيدين`, `قيمة
/// الصفقة`), besides definite words.
pub(crate) const SUBJECT_HEADS: &[&str] = &["عدد", "قيمة", "حجم", "مبلغ", "مجموع", "إجمالي", "نسبة", "معدل", "كمية"];

/// Words that may stand between a qualifier and its number (`دون سن 18`,
/// `تجاوز عتبة 50`): what is limited, not what is counted.
pub(crate) const QUALIFIED_LIMITS: &[&str] = &["سن", "عتبة", "حاجز", "سقف"];

/// Qualifiers that may follow the figure or its counted noun.
pub(crate) const QUALIFIERS_AFTER: &[(&str, Qualifier)] = &[
    ("على الأقل", Qualifier::AtLeast),
    ("أو أكثر", Qualifier::AtLeast),
    ("فأكثر", Qualifier::AtLeast),
    ("فما فوق", Qualifier::AtLeast),
    ("أو أقل", Qualifier::AtMost),
    ("فأقل", Qualifier::AtMost),
    ("على الأكثر", Qualifier::AtMost),
    ("تقريبا", Qualifier::About),
];

/// Month names: Moroccan and Algerian (from French), Egyptian (from
/// English) and Levantine.
pub(crate) const MONTHS: &[(&str, u8)] = &[
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
pub(crate) const UNITS: &[(&str, &str)] = &[
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
    // Plurals after three to ten, and the singular after eleven to
    // ninety-nine (`5 دنانير أردنية`, `15 دينارا أردنيا`).
    ("دنانير كويتية", "KWD"),
    ("دينارا كويتيا", "KWD"),
    ("دنانير أردنية", "JOD"),
    ("دينارا أردنيا", "JOD"),
    ("دنانير جزائرية", "DZD"),
    ("دينارا جزائريا", "DZD"),
    ("دنانير تونسية", "TND"),
    ("دينارا تونسيا", "TND"),
    ("دنانير بحرينية", "BHD"),
    ("دينارا بحرينيا", "BHD"),
    ("دنانير عراقية", "IQD"),
    ("دينارا عراقيا", "IQD"),
    ("دنانير ليبية", "LYD"),
    ("دينارا ليبيا", "LYD"),
    ("ريالات سعودية", "SAR"),
    ("ريالات قطرية", "QAR"),
    ("ريالا قطريا", "QAR"),
    ("ريالات عمانية", "OMR"),
    ("ريالا عمانيا", "OMR"),
    ("ليرات لبنانية", "LBP"),
    ("ليرات سورية", "SYP"),
    ("ليرات تركية", "TRY"),
    ("دراهم إماراتية", "AED"),
    ("درهما إماراتيا", "AED"),
    ("جنيهات مصرية", "EGP"),
    ("جنيها مصريا", "EGP"),
    ("دولارات كندية", "CAD"),
    ("دولارا كنديا", "CAD"),
    ("دولارات أسترالية", "AUD"),
    ("دولارا أستراليا", "AUD"),
    ("فرنك سويسري", "CHF"),
    ("فرنكات سويسرية", "CHF"),
    ("شيكل", "ILS"),
    ("شيكلا", "ILS"),
    ("شيكلات", "ILS"),
    ("شيقل", "ILS"),
    ("شيقلا", "ILS"),
    ("شواقل", "ILS"),
    ("يوان", "CNY"),
    ("يوانا", "CNY"),
    ("روبية هندية", "INR"),
    ("روبيات هندية", "INR"),
    ("روبل", "RUB"),
    ("روبلا", "RUB"),
    ("روبلات", "RUB"),
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
    ("بالألف", "per_mille"),
    ("نقطة مئوية", "pp"),
    ("نقاط مئوية", "pp"),
    ("نقطة", "pp"),
    ("نقاط", "pp"),
];

/// Words after a figure that are not what it counts.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
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
pub(crate) const VERBS_AFTER_A_SUBJECT: &[&str] = &[
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

/// Verbs of amounting that stand between a change's connector and its
/// figure (`ارتفاع في العجز بنسبة بلغت 4.3 بالمئة`): the rate the change
/// amounted to, no new level.
pub(crate) const AMOUNTING_VERBS: &[&str] = &[
    "بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "وصلت", "يصل", "تصل", "قدر", "قدرت", "يقدر", "تقدر",
];

/// The plural of a hundred, counted by a unit (`أربع مئات` = 400).
pub(crate) const PLURAL_HUNDREDS: &[&str] = &["مئات", "مئين"];

/// Nouns of a rank or an edition: digits after one and the article
/// (`المرتبة الـ77`, `الدورة الـ 12`) are an ordinal, the 77th place. Only
/// nouns that take no count right after them in a sentence (`يضم المركز
/// 120 سريرا` counts beds, so the bare form stays a count).
/// Written without the article, as [`crate::extract::noun_form`] leaves them.
pub(crate) const RANK_NOUNS: &[&str] = &["مرتبة", "رتبة", "مركز", "دورة", "نسخة", "طبعة", "ذكرى", "جولة"];

/// Nouns that number a provision of a text, or a place that a number
/// names (`المادة 12 من القانون`, `الفصل 490`, `البند 3`): after the
/// definite noun, the digits are its label, no figure. Bare, as looked
/// up after the article and glued prefixes are taken off.
pub(crate) const PROVISION_NOUNS: &[&str] = &["مادة", "فصل", "بند", "فقرة", "باب"];

/// The word after a provision's number that marks one inserted after it
/// (`المادة 12 مكرر`).
pub(crate) const PROVISION_SUFFIXES: &[&str] = &["مكرر", "مكررة"];

/// The duals and plurals of [`PROVISION_NOUNS`] (`المادتين 12 و13`،
/// `الفصول 5 و6 و7`): every number of the list after them is a label.
pub(crate) const PLURAL_PROVISION_NOUNS: &[&str] = &[
    "مادتين",
    "مادتان",
    "مواد",
    "فصلين",
    "فصلان",
    "فصول",
    "بندين",
    "بندان",
    "بنود",
    "فقرتين",
    "فقرتان",
    "فقرات",
    "بابين",
    "بابان",
    "أبواب",
];

/// The connectors a verb of amounting may follow: a rate or an amount
/// (`بنسبة بلغت`), never `ما` (`ما يصل إلى 300 عامل` is "up to").
pub(crate) const AMOUNTED_BY: &[&str] = &["بنسبة", "نسبة", "بمقدار"];

/// The preposition after a verb of amounting (`تصل إلى`).
pub(crate) const AMOUNTING_TO: &[&str] = &["إلى"];

/// Words that make the number after them negative (`ناقص 10`، `سالب 5`).
pub(crate) const SIGN_WORDS: &[&str] = &["ناقص", "سالب"];

/// Ordinal units before `عشر` or `و` + tens (`الحادي عشر`، `الثاني
/// والعشرون`): the words after them are part of an ordinal, no figure.
pub(crate) const ORDINAL_UNITS: &[&str] = &[
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
    // Without the article (`رابع عشر`, `حادي عشر`).
    "حادي",
    "حادية",
    "ثاني",
    "ثانية",
    "ثالث",
    "ثالثة",
    "رابع",
    "رابعة",
    "خامس",
    "خامسة",
    "سادس",
    "سادسة",
    "سابع",
    "سابعة",
    "ثامن",
    "ثامنة",
    "تاسع",
    "تاسعة",
    // Spoken forms (`التاني عشر`, `تالت عشر`).
    "التاني",
    "تاني",
    "التالت",
    "تالت",
    "التالتة",
    "التامن",
    "تامن",
    // The teens' first words with the article, which the grammar does not
    // compose (`الأحد عشر`, `الاثني عشر`): never the `عشر` alone.
    "الأحد",
    "الإحدى",
    "الاثنا",
    "الاثني",
    "الاثنى",
    "الإثنتي",
    "الاثنتا",
    "الاثنتي",
    "الثان",
];

/// Number words with the article that the grammar does not compose, as
/// they are other words alone (`الست` "the lady") or name a rank
/// (`الذكرى المائة`): a number after them joined by و (`المائة وخمسين`،
/// `الاثنان و عشرون`), or a hundred or a scale word right after them (`الست
/// مائة`، `المائة ألف`، `الخمسين ألف`), is the rest of a number the reader
/// did not take, no figure. Not `الواحد` nor `الاثنين`, which are a name
/// (`عبد الواحد`) and Monday.
pub(crate) const DEFINITE_NUMBER_HEADS: &[&str] = &[
    "الاثنان",
    "الاثنتان",
    "الست",
    "السبع",
    "الثمان",
    "المائة",
    "المئة",
    "المائتين",
    "المئتين",
    "الثلاثمائة",
    "الثلاثمئة",
    "الأربعمائة",
    "الأربعمئة",
    "الخمسمائة",
    "الخمسمئة",
    "الستمائة",
    "الستمئة",
    "السبعمائة",
    "السبعمئة",
    "الثمانمائة",
    "الثمانمئة",
    "الثمانيمائة",
    "الثمانيمئة",
    "التسعمائة",
    "التسعمئة",
    "المائتي",
    "المئتي",
    "العشرين",
    "العشرون",
    "الثلاثين",
    "الثلاثون",
    "الأربعين",
    "الأربعون",
    "الخمسين",
    "الخمسون",
    "الستين",
    "الستون",
    "السبعين",
    "السبعون",
    "الثمانين",
    "الثمانون",
    "التسعين",
    "التسعون",
];

/// A part of a period (`النصف الأول من سبتمبر`، `الربع الثاني`): the
/// ordinal after it is no day of a month.
pub(crate) const PERIOD_PARTS: &[&str] = &["النصف", "الربع", "الثلث", "الشطر", "السداسي", "الفصل"];

/// Denominators after a number word (`خمسة أثمان`، `ثلاثة أرباع`): a
/// fraction, never its numerator alone.
pub(crate) const FRACTION_DENOMINATORS: &[&str] = &[
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
pub(crate) const COLLOQUIAL_NUMBER_WORDS: &[&str] = &[
    // The spoken half (`نص مليون`، `مليون ونص`) and the spoken plural of
    // a hundred (`تلات ميات`): the written word is never the half or the
    // hundreds alone. Only beside number words: `نص` is also "text".
    "نص",
    "ميات",
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
    "تمانون",
    "تلاتون",
    "ربعين",
    "خمسطاش",
    "ستطاش",
    "حداش",
    "طناش",
    "تلطاش",
    "ربعطاش",
    // Egyptian and Levantine hundreds and teens (`ستمية`، `سبعطعشر`).
    "مية",
    "ميه",
    "ميت",
    "تلتمية",
    "تلاتمية",
    "ثلاثمية",
    "ربعمية",
    "اربعمية",
    "خمسمية",
    "ستمية",
    "سبعمية",
    "تمنمية",
    "ثمنمية",
    "تسعمية",
    "تمنتاشر",
    "حداشر",
    "اتناشر",
    "تلتاشر",
    "اربعتاشر",
    "خمستاشر",
    "ستاشر",
    "سبعتاشر",
    "تسعتاشر",
    "سبعطاش",
    "تمنطاش",
    "تسعطاش",
    "سبعطعشر",
    "تمنطعشر",
    "تسعطعشر",
];

/// Words that name an index (`المؤشر`, `البورصة`, `مازي`): its moves in
/// bare points (`تراجع المؤشر بـ 33.7 نقطة`) are points of the index, not
/// percentage points. `نقطة مئوية` stays a percentage point.
pub(crate) const STOCK_INDEXES: &[&str] = &[
    "مؤشر",
    "المؤشر",
    "لمؤشر",
    "بمؤشر",
    "للمؤشر",
    "بالمؤشر",
    "مؤشرها",
    "بورصة",
    "البورصة",
    "لبورصة",
    "للبورصة",
    "بالبورصة",
    "مازي",
    "مادكس",
    "تاسي",
    "داو",
    "ناسداك",
];

/// Nouns of a rate: nearer a figure's points than an index's name, they
/// make them percentage points (`حسب مؤشر المندوبية تراجع معدل البطالة بـ
/// 1.3 نقطة`).
pub(crate) const RATE_NOUNS: &[&str] = &[
    "معدل",
    "المعدل",
    "لمعدل",
    "نسبة",
    "النسبة",
    "لنسبة",
    "للنسبة",
    // What the press measures as a rate: `مؤشر البطالة` moves by
    // percentage points, `مؤشر أسعار الاستهلاك` by an index's own.
    "البطالة",
    "التضخم",
    "الفقر",
    "الأمية",
];

/// A currency's smaller unit, written after its amount and joined to it
/// (`10 دولارات و50 سنتا`, `ريالا و75 هللة`, `دينار و250 فلسا`): its
/// words, and how many of it make one of each currency it divides.
pub(crate) const SUB_UNITS: &[SubUnit] = &[
    (&["سنت", "سنتا", "سنتات", "سنتيم", "سنتيما", "سنتيمات"], CENTS_OF),
    (&["هللة", "هللات"], &[("SAR", 100)]),
    (
        &["قرش", "قرشا", "قروش"],
        &[("EGP", 100), ("JOD", 100), ("LBP", 100), ("SYP", 100)],
    ),
    (
        &["فلس", "فلسا", "فلوس"],
        &[("KWD", 1000), ("BHD", 1000), ("JOD", 1000), ("IQD", 1000), ("AED", 100)],
    ),
    (&["مليم", "مليما", "مليمات"], &[("TND", 1000), ("EGP", 1000)]),
    (&["بيسة", "بيسات"], &[("OMR", 1000)]),
];

/// Words between the whole and the decimals of a number in words
/// (`ثلاثة فاصلة خمسة`).
pub(crate) const DECIMAL_POINT_WORDS: &[&str] = &["فاصلة", "فاصل"];

/// Words before a figure that make it a change, and which way.
pub(crate) const CHANGE_WORDS: &[(&str, Change)] = &[
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
    // The present tense, as reports of running figures write it.
    ("يرتفع", Change::Rise),
    ("ترتفع", Change::Rise),
    ("يزيد", Change::Rise),
    ("تزيد", Change::Rise),
    ("ينمو", Change::Rise),
    ("تنمو", Change::Rise),
    ("ينخفض", Change::Fall),
    ("تنخفض", Change::Fall),
    ("يتراجع", Change::Fall),
    ("تتراجع", Change::Fall),
    ("ينقص", Change::Fall),
    ("تنقص", Change::Fall),
    // Growth and loss as gradual, and counts added or lost.
    ("تزايد", Change::Rise),
    ("تزايدت", Change::Rise),
    ("تزايدا", Change::Rise),
    ("ازدياد", Change::Rise),
    ("صعد", Change::Rise),
    ("صعدت", Change::Rise),
    ("انضاف", Change::Rise),
    ("انضافت", Change::Rise),
    ("أضيف", Change::Rise),
    ("أضيفت", Change::Rise),
    ("تناقص", Change::Fall),
    ("تناقصت", Change::Fall),
    ("تناقصا", Change::Fall),
    ("نقصان", Change::Fall),
    ("خسر", Change::Fall),
    ("خسرت", Change::Fall),
    ("فقدان", Change::Fall),
];

/// Words that may stand between a change word and its figure: "by", "a
/// rate of", "amounting to" (`ارتفع بـ`, `بنسبة`, `انخفاض قدره`). Not إلى:
/// `ارتفع إلى 500` states the new level, not the change.
pub(crate) const CHANGE_CONNECTORS: &[&str] = &[
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

/// Words that open a range, and how its ends are joined.
pub(crate) const RANGE_OPENERS: &[(&str, RangeJoin)] = &[
    ("بين", RangeJoin::And),
    ("ما بين", RangeJoin::And),
    ("من", RangeJoin::To),
];

/// Words between the ends of `من A إلى B`.
pub(crate) const RANGE_TO: &[&str] = &["إلى", "حتى"];

/// Names that carry a number of their own (`كوفيد 19`): the number is
/// part of the name, not a figure.
pub(crate) const NUMBERED_NAMES: &[&str] = &["كوفيد"];

/// Months of the Hijri calendar (SPEC §6.1).
pub(crate) const HIJRI_MONTHS: &[(&str, u8)] = &[
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
pub(crate) const HIJRI_MARKS: &[&str] = &["هـ", "ه"];

/// Days of a month in words: `فاتح يناير 2024`, `الثامن من مارس 2020`,
/// `أول يوليو 2023` (the day is masculine: اليوم الثامن).
pub(crate) const DAY_WORDS: &[(&str, u8)] = &[
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
pub(crate) const YEAR_CUES: &[&str] = &[
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
pub(crate) const DAY_OF: &[&str] = &["من", "شهر", "من شهر"];

/// The word that introduces a clock time written in words.
pub(crate) const CLOCK: &[&str] = &["الساعة"];

/// Hours written as ordinals after الساعة.
pub(crate) const HOURS: &[(&str, u8)] = &[
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
pub(crate) const MINUTES: &[(&str, i8)] = &[
    ("والنصف", 30),
    ("والربع", 15),
    ("والثلث", 20),
    ("إلا ربعا", -15),
    ("إلا الربع", -15),
    ("إلا ثلثا", -20),
    ("إلا الثلث", -20),
];

/// Words for minutes after a clock time in digits (`الساعة 16 و30 دقيقة`).
pub(crate) const MINUTE_WORDS: &[&str] = &["دقيقة", "دقائق"];

/// Parts of the day after a time; `م` and `ص` are the abbreviations of
/// مساء and صباحا after digits (`09:30 م`).
pub(crate) const PERIODS: &[(&str, Period)] = &[
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
pub(crate) const ONE_OF: &[&str] = &["أحد", "إحدى"];

/// Nouns that count one of themselves before a fraction: `سنة ونصف` is
/// 1.5 years, `ساعة وربع` 1.25 hours (SPEC §6.1).
pub(crate) const ONE_UNIT_NOUNS: &[&str] = &["سنة", "عام", "شهر", "أسبوع", "يوم", "ساعة", "دقيقة", "ليلة"];

/// "Of" after a lone "one": `واحدة من أجمل المدن` is "one of", no figure.
pub(crate) const OF: &[&str] = &["من"];

/// "Each": `كل واحدة منها` is "each one of them", no figure.
pub(crate) const EACH: &[&str] = &["كل"];

/// Letters glued to the front of a word: and, so, with/by, for, like.
pub(crate) const PREFIXES: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];
