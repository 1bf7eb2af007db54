//! The French words the reader knows (SPEC §6.3), beside the Arabic tables
//! of [`crate::extract::lexicon`] and merged with them into one [`crate::extract::lexicon()`].
//!
//! Entries are written as French writes them; they are folded for case and
//! accents, and split where the reader splits French text: at spaces,
//! hyphens (`quatre-vingt` is two words) and after an elision
//! (`jusqu'à` is `jusqu'` and `à`). To teach the reader a word, add a row.

use crate::extract::figure::{Change, Qualifier};
use crate::extract::lang::word::{NumberWord, NumberWord::*, ScaleForm::*};
use crate::extract::lang::word::{RangeJoin, SubUnit, CENTS_OF};

const THOUSAND: u64 = 1_000;
const MILLION: u64 = 1_000_000;
const BILLION: u64 = 1_000_000_000;
const TRILLION: u64 = 1_000_000_000_000;
const BILLIARD: u64 = 1_000_000_000_000_000;
const QUINTILLION: u64 = 1_000_000_000_000_000_000;

const fn scale(value: u64, form: crate::extract::lang::word::ScaleForm) -> NumberWord {
    Scale { value, form }
}

/// Number words. `cent` multiplies the count before it (`six cent`),
/// `mille` and the scales multiply the group before them; `vingt` after
/// `quatre` makes eighty. `billion` is 10^12 in French, `trillion` 10^18.
pub(crate) const NUMBER_WORDS: &[(&str, NumberWord)] = &[
    ("zéro", Zero),
    ("un", Unit(1)),
    ("une", Unit(1)),
    ("deux", Unit(2)),
    ("trois", Unit(3)),
    ("quatre", Unit(4)),
    ("cinq", Unit(5)),
    ("six", Unit(6)),
    ("sept", Unit(7)),
    ("huit", Unit(8)),
    ("neuf", Unit(9)),
    ("dix", Ten),
    ("onze", Teen(11)),
    ("douze", Teen(12)),
    ("treize", Teen(13)),
    ("quatorze", Teen(14)),
    ("quinze", Teen(15)),
    ("seize", Teen(16)),
    ("vingt", Tens(20)),
    ("vingts", Tens(20)),
    ("trente", Tens(30)),
    ("quarante", Tens(40)),
    ("cinquante", Tens(50)),
    ("soixante", Tens(60)),
    ("septante", Tens(70)),
    ("huitante", Tens(80)),
    ("octante", Tens(80)),
    ("nonante", Tens(90)),
    ("cent", Hundreds(100)),
    ("cents", Hundreds(100)),
    ("demi", Fraction { per: 2 }),
    ("demie", Fraction { per: 2 }),
    ("mille", scale(THOUSAND, Singular)),
    ("million", scale(MILLION, Singular)),
    ("millions", scale(MILLION, Plural)),
    ("milliard", scale(BILLION, Singular)),
    ("milliards", scale(BILLION, Plural)),
    // The press's abbreviations: `51,27 mds de dollars`, `3 Md€`.
    ("md", scale(BILLION, Singular)),
    ("mds", scale(BILLION, Plural)),
    ("mrd", scale(BILLION, Singular)),
    ("mrds", scale(BILLION, Plural)),
    ("billion", scale(TRILLION, Singular)),
    ("billions", scale(TRILLION, Plural)),
    ("billiard", scale(BILLIARD, Singular)),
    ("billiards", scale(BILLIARD, Plural)),
    ("trillion", scale(QUINTILLION, Singular)),
    ("trillions", scale(QUINTILLION, Plural)),
    // A dozen counts by twelve (`trois douzaines` = 36), stated to the dozen.
    ("douzaine", scale(12, Singular)),
    ("douzaines", scale(12, Plural)),
];

/// The thousand of a year said in words (`mil neuf cent vingt`), a number
/// only before one: alone it is millet.
pub(crate) const YEAR_THOUSANDS: &[&str] = &["mil"];

/// The `et` of `vingt et un`, `soixante et onze`, and of day lists
/// (`14 et 15 septembre`).
pub(crate) const AND: &str = "et";

/// Qualifiers before a figure.
pub(crate) const QUALIFIERS_BEFORE: &[(&str, Qualifier)] = &[
    ("plus de", Qualifier::MoreThan),
    ("plus d'", Qualifier::MoreThan),
    ("un peu plus de", Qualifier::MoreThan),
    ("un peu plus d'", Qualifier::MoreThan),
    ("au-delà de", Qualifier::MoreThan),
    ("près de", Qualifier::About),
    ("près d'", Qualifier::About),
    ("environ", Qualifier::About),
    ("quelque", Qualifier::About),
    ("autour de", Qualifier::About),
    ("autour d'", Qualifier::About),
    ("aux alentours de", Qualifier::About),
    ("de l'ordre de", Qualifier::About),
    ("de l'ordre d'", Qualifier::About),
    ("approximativement", Qualifier::About),
    ("à peu près", Qualifier::About),
    ("au moins", Qualifier::AtLeast),
    ("pas moins de", Qualifier::AtLeast),
    ("pas moins d'", Qualifier::AtLeast),
    ("au minimum", Qualifier::AtLeast),
    ("moins de", Qualifier::LessThan),
    ("moins d'", Qualifier::LessThan),
    ("au plus", Qualifier::AtMost),
    ("jusqu'à", Qualifier::AtMost),
    ("au maximum", Qualifier::AtMost),
    ("pas plus de", Qualifier::AtMost),
    ("pas plus d'", Qualifier::AtMost),
    ("supérieur à", Qualifier::MoreThan),
    ("supérieure à", Qualifier::MoreThan),
    ("supérieurs à", Qualifier::MoreThan),
    ("supérieures à", Qualifier::MoreThan),
    ("supérieur ou égal à", Qualifier::AtLeast),
    ("supérieure ou égale à", Qualifier::AtLeast),
    ("supérieurs ou égaux à", Qualifier::AtLeast),
    ("supérieures ou égales à", Qualifier::AtLeast),
    ("inférieur à", Qualifier::LessThan),
    ("inférieure à", Qualifier::LessThan),
    ("inférieurs à", Qualifier::LessThan),
    ("inférieures à", Qualifier::LessThan),
    ("inférieur ou égal à", Qualifier::AtMost),
    ("inférieure ou égale à", Qualifier::AtMost),
    ("inférieurs ou égaux à", Qualifier::AtMost),
    ("inférieures ou égales à", Qualifier::AtMost),
    ("dépasser", Qualifier::MoreThan),
    ("dépasse", Qualifier::MoreThan),
    ("dépassent", Qualifier::MoreThan),
    ("dépassant", Qualifier::MoreThan),
    ("plus", Qualifier::MoreThan),
    ("avoisiner", Qualifier::About),
    ("avoisine", Qualifier::About),
    ("avoisinent", Qualifier::About),
    ("avoisinant", Qualifier::About),
];

/// Qualifiers after a figure or its counted noun (`3 millions environ`).
pub(crate) const QUALIFIERS_AFTER: &[(&str, Qualifier)] = &[
    ("environ", Qualifier::About),
    ("et plus", Qualifier::AtLeast),
    ("ou plus", Qualifier::AtLeast),
    ("et moins", Qualifier::AtMost),
    ("ou moins", Qualifier::AtMost),
    ("au moins", Qualifier::AtLeast),
    ("au minimum", Qualifier::AtLeast),
    ("au plus", Qualifier::AtMost),
    ("au maximum", Qualifier::AtMost),
];

/// Words after a number that make it a percentage.
pub(crate) const PERCENT_WORDS: &[&str] = &["pour cent", "pourcent", "pour-cent"];

pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
];

/// The ending of an ordinal written with digits (`1er`, `2e`, `3ème`):
/// not a figure, but the day of a date (`1er janvier 2024`).
pub(crate) const ORDINAL_ENDINGS: &[&str] = &[
    "er", "re", "ère", "e", "è", "ème", "eme", "me", "ieme", "ième", "nd", "nde",
];

/// The mark between hours and minutes (`14h00`, `14 h 30`).
pub(crate) const HOUR_MARKS: &[&str] = &["h"];

/// Units and currencies after a figure, normalised as in the Arabic table.
/// The codes here are also read in small letters (`mds usd`); any code of
/// the shared [`LATIN_UNITS`] is read in capitals.
///
/// [`LATIN_UNITS`]: crate::extract::lexicon::LATIN_UNITS
pub(crate) const UNITS: &[(&str, &str)] = &[
    ("dirham", "MAD"),
    ("dirhams", "MAD"),
    ("DH", "MAD"),
    ("DHS", "MAD"),
    ("MAD", "MAD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("EUR", "EUR"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("USD", "USD"),
    ("dollar canadien", "CAD"),
    ("dollars canadiens", "CAD"),
    ("dollar australien", "AUD"),
    ("dollars australiens", "AUD"),
    ("livre sterling", "GBP"),
    ("livres sterling", "GBP"),
    ("GBP", "GBP"),
    ("yen", "JPY"),
    ("yens", "JPY"),
    ("JPY", "JPY"),
    ("franc suisse", "CHF"),
    ("francs suisses", "CHF"),
    ("CHF", "CHF"),
    ("dinar algérien", "DZD"),
    ("dinars algériens", "DZD"),
    ("DA", "DZD"),
    ("DZD", "DZD"),
    ("dinar tunisien", "TND"),
    ("dinars tunisiens", "TND"),
    ("DT", "TND"),
    ("TND", "TND"),
    ("riyal saoudien", "SAR"),
    ("riyals saoudiens", "SAR"),
    ("SAR", "SAR"),
    ("livre égyptienne", "EGP"),
    ("livres égyptiennes", "EGP"),
    ("dirham émirati", "AED"),
    ("dirhams émiratis", "AED"),
    ("riyal qatari", "QAR"),
    ("riyals qataris", "QAR"),
    ("rial qatari", "QAR"),
    ("rials qataris", "QAR"),
    ("rial omanais", "OMR"),
    ("rials omanais", "OMR"),
    ("dinar koweïtien", "KWD"),
    ("dinars koweïtiens", "KWD"),
    ("dinar jordanien", "JOD"),
    ("dinars jordaniens", "JOD"),
    ("dinar libyen", "LYD"),
    ("dinars libyens", "LYD"),
    ("dinar irakien", "IQD"),
    ("dinars irakiens", "IQD"),
    ("dinar bahreïni", "BHD"),
    ("dinars bahreïnis", "BHD"),
    ("livre libanaise", "LBP"),
    ("livres libanaises", "LBP"),
    ("livre syrienne", "SYP"),
    ("livres syriennes", "SYP"),
    ("livre turque", "TRY"),
    ("livres turques", "TRY"),
    ("ouguiya", "MRU"),
    ("ouguiyas", "MRU"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("yuan", "CNY"),
    ("yuans", "CNY"),
    ("roupie indienne", "INR"),
    ("roupies indiennes", "INR"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("EGP", "EGP"),
    ("kilomètre", "km"),
    ("kilomètres", "km"),
    ("km", "km"),
    ("kilomètres par heure", "km/h"),
    ("kilomètres à l'heure", "km/h"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("kg", "kg"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("ha", "ha"),
    ("mégawatt", "MW"),
    ("mégawatts", "MW"),
    ("MW", "MW"),
    ("mètres cubes", "m3"),
    ("mètre cube", "m3"),
    ("pour mille", "per_mille"),
    ("point", "pp"),
    ("points", "pp"),
    ("point de pourcentage", "pp"),
    ("points de pourcentage", "pp"),
    ("pp", "pp"),
];

/// `de` between a scale word and what it counts: `3,6 millions de cartes`.
pub(crate) const OF: &[&str] = &["de", "d'"];

/// Words that head a table's label before what it counts (`Nombre de
/// visas`, `Total des recettes`), as `عدد` and `مجموع` do in Arabic.
pub(crate) const LABEL_HEADS: &[&str] = &[
    "nombre",
    "total",
    "montant",
    "volume",
    "valeur",
    "effectif",
    "effectifs",
];

/// Words after a figure that are not what it counts.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "le", "la", "les", "l'", "de", "d'", "des", "du", "en", "à", "au", "aux", "et", "ou", "pour", "par", "sur", "dans",
    "avec", "contre", "sans", "sous", "entre", "chez", "vers", "que", "qu'", "qui", "dont", "ce", "cet", "cette",
    "ces", "son", "sa", "ses", "leur", "leurs", "a", "ont", "est", "sont", "été", "était", "ne", "n'", "se", "s'",
    "il", "elle", "ils", "elles", "on", "y", "plus", "moins", "soit", "selon", "après", "avant", "depuis", "pendant",
    "lors", "contre", "comme", "mais", "donc", "car", "ni", "tout", "tous", "toutes", "si", "fois", "sur",
];

/// Words before a figure that make it a change.
pub(crate) const CHANGE_WORDS: &[(&str, Change)] = &[
    ("hausse", Change::Rise),
    ("augmentation", Change::Rise),
    ("progression", Change::Rise),
    ("croissance", Change::Rise),
    ("accroissement", Change::Rise),
    ("bond", Change::Rise),
    ("augmenté", Change::Rise),
    ("progressé", Change::Rise),
    ("grimpé", Change::Rise),
    ("crû", Change::Rise),
    ("augmente", Change::Rise),
    ("progresse", Change::Rise),
    ("grimpe", Change::Rise),
    ("baisse", Change::Fall),
    ("recul", Change::Fall),
    ("diminution", Change::Fall),
    ("repli", Change::Fall),
    ("chute", Change::Fall),
    ("régression", Change::Fall),
    ("baissé", Change::Fall),
    ("reculé", Change::Fall),
    ("diminué", Change::Fall),
    ("chuté", Change::Fall),
    ("régressé", Change::Fall),
    ("recule", Change::Fall),
    ("diminue", Change::Fall),
    // Plural subjects, gains and losses (`les ventes reculent de 3 %`,
    // `a gagné 2 points`, `a perdu 12 000 emplois`).
    ("augmentent", Change::Rise),
    ("progressent", Change::Rise),
    ("grimpent", Change::Rise),
    ("bondi", Change::Rise),
    ("accru", Change::Rise),
    ("gagné", Change::Rise),
    ("baissent", Change::Fall),
    ("reculent", Change::Fall),
    ("diminuent", Change::Fall),
    ("chutent", Change::Fall),
    ("fléchi", Change::Fall),
    ("fléchissement", Change::Fall),
    ("contraction", Change::Fall),
    ("perdu", Change::Fall),
];

/// Words between a change word and its figure (`en hausse de 5 %`).
pub(crate) const CHANGE_CONNECTORS: &[&str] = &["de", "d'", "une", "un", "soit"];

/// Words that open a range (`entre 2,5 et 3 millions`, `de 12 à 15 %`,
/// `du 10 au 12 mars`).
pub(crate) const RANGE_OPENERS: &[(&str, RangeJoin)] =
    &[("entre", RangeJoin::And), ("de", RangeJoin::To), ("du", RangeJoin::To)];

/// Words between the ends of `de A à B`.
pub(crate) const RANGE_TO: &[&str] = &["à", "au"];

/// Words before (or after) four digits that make them a year rather than
/// a count.
pub(crate) const YEAR_CUES: &[&str] = &[
    "en",
    "depuis",
    "année",
    "an",
    "l'an",
    "fin",
    "début",
    "courant",
    "exercice",
    "bilan",
    "mi",
    "plf",
    "lf",
    "recensement",
];

/// Verbs that follow their subject (`2017 vient`, `un programme neuf
/// sera`): no noun is counted by the figure before them.
pub(crate) const VERBS_AFTER_A_SUBJECT: &[&str] = &[
    "vient",
    "voit",
    "marque",
    "sera",
    "fut",
    "verra",
    "restera",
    "reste",
    "s'annonce",
    "devrait",
    "pourrait",
];

/// Words that make the number after them negative (`moins 25,1 %`).
pub(crate) const SIGN_WORDS: &[&str] = &["moins"];

/// Fractions after a number (`deux tiers`, `trois quarts`): a fraction,
/// never its numerator alone.
pub(crate) const FRACTION_DENOMINATORS: &[&str] = &["tiers", "quart", "quarts"];

/// Words that name an index (`l'indice`, `le MASI`): its moves in bare
/// points (`le MASI a perdu 33,7 points`) are points of the index.
/// `points de pourcentage` stay percentage points.
pub(crate) const STOCK_INDEXES: &[&str] = &[
    "indice", "indices", "masi", "madex", "msi", "msi20", "cac", "dax", "nasdaq", "dow", "tasi", "bourse",
];

/// Nouns of a rate: nearer a figure's points than an index's name, they
/// make them percentage points (`selon l'indice, le taux a perdu 2 points`).
pub(crate) const RATE_NOUNS: &[&str] = &[
    "taux",
    "proportion",
    "pourcentage",
    // What the press measures as a rate (`l'indice du chômage a
    // reculé de 0,8 point`).
    "chômage",
    "inflation",
    "pauvreté",
    "analphabétisme",
];

/// A currency's smaller unit, joined to its amount (`10 dollars et 50
/// cents`, `3 dinars et 500 millimes`): its words, and how many of it
/// make one of each currency it divides.
pub(crate) const SUB_UNITS: &[SubUnit] = &[
    (&["cent", "cents", "centime", "centimes"], CENTS_OF),
    (&["millime", "millimes"], &[("TND", 1000)]),
    (&["halala", "halalas"], &[("SAR", 100)]),
    (&["piastre", "piastres"], &[("EGP", 100), ("LBP", 100)]),
];

/// Nouns that number a provision of a text (`l'article 12 de la loi`,
/// `alinéa 2`): the digits after them are its label, no figure.
pub(crate) const PROVISION_NOUNS: &[&str] = &["article", "alinéa", "chapitre", "paragraphe"];

/// The word after a provision's number that marks one inserted after it
/// (`l'article 12 bis`).
pub(crate) const PROVISION_SUFFIXES: &[&str] = &["bis", "ter", "quater"];

/// The first of a list of provisions, an ordinal and no figure (`les
/// articles 1er et 2`); `1er` may also be read as `1` and a glued `er`.
pub(crate) const FIRST_PROVISIONS: &[&str] = &["1er", "1re", "premier", "première"];
/// The endings glued to `1` in [`FIRST_PROVISIONS`].
pub(crate) const FIRST_ENDINGS: &[&str] = &["er", "re"];

/// Determiners that open a noun phrase. A French count stands before its
/// noun, so four digits after a noun a determiner opens (`les comptes
/// 2023 consolidés`, `le budget 2025`) name it: a year, no count. Not
/// `au` (`au total 2000 personnes`) nor a demonstrative, which opens a
/// time as often (`cette semaine 2000 migrants`).
pub(crate) const DETERMINERS: &[&str] = &[
    "le", "la", "les", "du", "des", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
];

/// Their plurals (`les articles 12 et 13`): every number of the list
/// after them is a label.
pub(crate) const PLURAL_PROVISION_NOUNS: &[&str] = &["articles", "alinéas", "chapitres", "paragraphes"];

/// The word between the whole and the decimals (`trois virgule cinq`).
pub(crate) const DECIMAL_POINT_WORDS: &[&str] = &["virgule"];

/// Adjectives written between a count and its noun (`onze nouveaux
/// commissariats`): the noun is the word after them.
pub(crate) const ADJECTIVES_BEFORE_NOUN: &[&str] = &[
    "nouveau",
    "nouveaux",
    "nouvel",
    "nouvelle",
    "nouvelles",
    "autres",
    "premiers",
    "premières",
    "derniers",
    "dernières",
    "grands",
    "grandes",
    "petits",
    "petites",
    "jeunes",
    "principaux",
    "principales",
    "anciens",
    "anciennes",
    "hauts",
    "hautes",
    "véritables",
    "nombreux",
    "nombreuses",
];

/// Units that carry a scale (Moroccan and Tunisian business press): `1,2
/// MDH` is 1.2 million dirhams, `313,8 MDT` 313.8 million Tunisian dinars,
/// read whole, like a scale word and its unit.
pub(crate) const SCALED_UNITS: &[(&str, u64, &str)] = &[
    ("MDT", MILLION, "TND"),
    ("MDH", MILLION, "MAD"),
    ("MDHS", MILLION, "MAD"),
    ("MMDH", BILLION, "MAD"),
    ("MMDHS", BILLION, "MAD"),
    ("Mds DH", BILLION, "MAD"),
];
