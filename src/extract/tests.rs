//! Reader tests: each input and expectation comes from SPEC §3.

use super::*;

/// (text, value, kind, qualifier, precision) of every figure in `text`.
fn read(text: &str) -> Vec<(String, String, &'static str, &'static str, String)> {
    figures(text)
        .map(|f| {
            let f = f.expect("figure in range");
            (
                f.text(text).to_string(),
                f.value.to_string(),
                f.kind.as_str(),
                f.qualifier.as_str(),
                f.precision.map(|p| p.to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

fn one(text: &str) -> (String, String, &'static str, &'static str, String) {
    let all = read(text);
    assert_eq!(all.len(), 1, "expected one figure in {text:?}, got {all:?}");
    all.into_iter().next().unwrap_or_default()
}

fn value(text: &str) -> String {
    one(text).1
}

fn precision(text: &str) -> String {
    one(text).4
}

#[test]
fn mixed_words_and_digits_make_one_figure() {
    let found = one("إنجاز ما مجموعه ثلاثة ملايين و685 ألف و964 بطاقة");
    assert_eq!(found.0, "ثلاثة ملايين و685 ألف و964");
    assert_eq!(found.1, "3685964");
    assert_eq!(found.4, "1");
    assert_eq!(value("بما مجموعه 19 مليون و722 ألف و41 اتصال"), "19722041");
    assert_eq!(value("ما مجموعه 130 ألف و242 مستفيدة"), "130242");
    assert_eq!(value("أربعة ملايين و696 ألف و69 بطاقة"), "4696069");
}

#[test]
fn thousands_before_a_larger_scale_are_thousands_of_it() {
    // Fifty thousand million and twenty-eight million, never 50,000 and
    // a second figure of 28 million.
    assert_eq!(value("بلغت 50 ألف و28 مليون دينار"), "50028000000");
    assert_eq!(value("نحو 4 آلاف و429 مليون دينار"), "4429000000");
    assert_eq!(value("بلغت 50 ألف و28 مليون و500 ألف دينار"), "50028500000");
    // Falling scales compose as they always have.
    assert_eq!(value("بلغ 106 ملايين و500 ألف نسمة"), "106500000");
    assert_eq!(value("سجلنا 50 ألف و28 زائرا"), "50028");
    // Only money is counted so: people listed `على التوالي` are two
    // numbers, and a dual scale is a number of its own.
    for text in [
        "بلغ عدد سكان المدينتين 800 ألف و2 مليون نسمة على التوالي",
        "بلغت الكلفة 800 ألف ومليونين",
    ] {
        assert_eq!(read(text)[0].1, "800000", "{text}");
    }
    // A range's first end stops before its second.
    let ends: Vec<String> = read("تتراوح الأسعار بين 800 ألف و2 مليون جنيه")
        .into_iter()
        .map(|f| f.1)
        .collect();
    assert_eq!(ends, ["800000", "2000000"]);
}

#[test]
fn digit_groups_without_a_scale_stay_apart() {
    let days = read("أيام 14 و15 و16 شتنبر 2017");
    let texts: Vec<&str> = days.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(texts, ["14", "15", "16 شتنبر 2017"]);
    let values: Vec<&str> = days.iter().map(|d| d.1.as_str()).collect();
    assert_eq!(values, ["2017-09-14", "2017-09-15", "2017-09-16"]);
    assert!(days.iter().all(|d| d.2 == "date" && d.4.is_empty()));
    let counts = read("و476 بطاقة، و1.158.875 بطاقة");
    assert_eq!(
        counts.iter().map(|c| c.1.as_str()).collect::<Vec<_>>(),
        ["476", "1158875"]
    );
}

#[test]
fn qualifiers_before_the_figure() {
    let headline = one("إصدار أزيد من 3.5 مليون بطاقة");
    assert_eq!(
        headline,
        (
            "أزيد من 3.5 مليون".into(),
            "3500000".into(),
            "number",
            "more_than",
            "100000".into()
        )
    );
    assert_eq!(one("أكثر من 4 ملايين").3, "more_than");
    assert_eq!(one("أكثر من 4 ملايين").4, "1000000");
    let about = one("أصدر حوالي مليوني بطاقة");
    assert_eq!(
        about,
        (
            "حوالي مليوني".into(),
            "2000000".into(),
            "number",
            "about",
            "1000000".into()
        )
    );
    assert_eq!(one("ما لا يقل عن 500 شرطي").3, "at_least");
    assert_eq!(one("لا يقل عن 500").3, "at_least");
    assert_eq!(one("أقل من 10").3, "less_than");
    assert_eq!(one("دون 18").3, "less_than");
    assert_eq!(one("لا يزيد عن 3").3, "at_most");
    assert_eq!(one("ما يناهز ألف").3, "about");
    assert_eq!(one("قرابة 20 ألف").3, "about");
    assert_eq!(one("ما يفوق 200").3, "more_than");
    assert_eq!(one("بأزيد من 3 آلاف").0, "أزيد من 3 آلاف");
}

#[test]
fn a_verb_before_the_subject_bounds_the_figure_after_it() {
    // Arabic puts the verb first: the subject stands between it and the
    // figure, which keeps its own span.
    let exceeds = one("يتجاوز عدد المستفيدين الجدد من البرنامج 300 ألف مستفيد");
    assert_eq!((exceeds.0.as_str(), exceeds.3), ("300 ألف", "more_than"));
    assert_eq!(one("ولم تتجاوز قيمة الصفقة 12 مليون درهم").3, "at_most");
    assert_eq!(one("وتجاوزت الصادرات الغذائية 41 مليار درهم").3, "more_than");
    assert_eq!(one("يناهز عدد الزوار 2 مليون زائر").3, "about");
    // `على` folds to `علي`: the table is folded as the words are.
    assert_eq!(one("تجاوز الطلب على الماء 900 مليون متر مكعب").3, "more_than");
    // A verb that is no bound, a subject that is no noun phrase, or a
    // clause in between: the figure is as written.
    assert_eq!(one("بلغ عدد المستفيدين 300 ألف مستفيد").3, "exact");
    assert_eq!(one("تجاوزت الشركة الأزمة وحققت 300 ألف درهم").3, "exact");
    assert_eq!(one("تجاوز عدد المستفيدين، حسب التقرير، 300 ألف").3, "exact");
    assert_eq!(one("تجاوز عدد المستفيدين\n300 ألف").3, "exact");
}

#[test]
fn qualifiers_after_the_figure_or_its_noun() {
    let after = one("3 ملايين بطاقة على الأقل");
    assert_eq!(after.0, "3 ملايين بطاقة على الأقل");
    assert_eq!(after.3, "at_least");
    assert_eq!(one("ألف تقريبا").3, "about");
    assert_eq!(one("500 على الأكثر").3, "at_most");
}

#[test]
fn percentages_in_signs_and_words() {
    assert_eq!(
        one("بنسبة 10 في المائة"),
        ("10 في المائة".into(), "10".into(), "percent", "exact", "1".into())
    );
    assert_eq!(one("95 في المئة").2, "percent");
    assert_eq!(one("نسبة 90%").1, "90");
    assert_eq!(one("٩٠٪").2, "percent");
    assert_eq!(one("9,4%").4, "0.1");
    assert_eq!(one("عشرة بالمائة").1, "10");
}

#[test]
fn precision_is_the_smallest_place_stated() {
    assert_eq!(precision("3.685.964"), "1");
    assert_eq!(precision("500"), "1");
    assert_eq!(precision("3.6 مليون"), "100000");
    assert_eq!(precision("12 ألف"), "1000");
    assert_eq!(precision("4 ملايين"), "1000000");
    assert_eq!(precision("خمسة وعشرون"), "1");
    assert_eq!(precision("عشرون"), "10");
    assert_eq!(precision("ثلاثمائة"), "100");
    assert_eq!(precision("مليوني"), "1000000");
    assert_eq!(precision("مائتي ألف"), "100000");
}

#[test]
fn number_words_compose() {
    assert_eq!(value("خمسة وعشرون"), "25");
    assert_eq!(value("خمس وعشرون"), "25");
    assert_eq!(value("ثلاثمائة وخمسون"), "350");
    assert_eq!(value("ثلاث مائة"), "300");
    assert_eq!(value("إحدى عشر بناية"), "11");
    assert_eq!(value("اثنا عشر"), "12");
    assert_eq!(value("ثلاث عشرة"), "13");
    assert_eq!(value("مليونان"), "2000000");
    assert_eq!(value("ألفين"), "2000");
    assert_eq!(value("ثلاثة آلاف"), "3000");
    assert_eq!(value("عشرة آلاف"), "10000");
    assert_eq!(value("مائة ألف"), "100000");
    assert_eq!(value("ألف مليار"), "1000000000000");
    assert_eq!(value("مليار وخمسمائة مليون"), "1500000000");
    assert_eq!(value("ألف وواحد"), "1001");
    assert_eq!(value("صفر"), "0");
    assert_eq!(value("مئتان"), "200");
}

#[test]
fn spelling_variants_tatweel_and_diacritics_are_read() {
    assert_eq!(value("ثلاثـــة ملاييـن"), "3000000");
    assert_eq!(value("خَمْسَةٌ وَعِشْرُونَ"), "25");
    assert_eq!(value("احدى عشرة"), "11");
    assert_eq!(value("ثلاثه الاف"), "3000");
}

#[test]
fn prefixes_glued_to_numbers_stay_outside_the_figure() {
    assert_eq!(one("ب 800 وحدة").0, "800");
    assert_eq!(one("بـ800 وحدة").0, "800");
    assert_eq!(one("لـ5 مدن").0, "5");
    assert_eq!(one("بثلاثة ملايين").0, "ثلاثة ملايين");
    assert_eq!(one("وثلاث مناطق").0, "ثلاث");
    assert_eq!(one("128.451مستفيدا").1, "128451");
}

#[test]
fn direction_marks_around_and_inside_a_figure() {
    assert_eq!(value("\u{200f}3.\u{200e}6\u{200f} مليون"), "3600000");
    assert_eq!(value("2.653\u{061c}.895"), "2653895");
}

#[test]
fn years_dates_and_times() {
    assert_eq!(
        one("خلال 2017"),
        ("2017".into(), "2017".into(), "year", "exact", "1".into())
    );
    assert_eq!(one("2246 رخصة").2, "number");
    assert_eq!(one("في 22/12/2017").1, "2017-12-22");
    assert_eq!(one("كتب في 17 ديسمبر، 2025").0, "17 ديسمبر، 2025");
    assert_eq!(one("17 ديسمبر، 2025").1, "2025-12-17");
    assert_eq!(one("فاتح يناير 2024").1, "2024-01-01");
    assert_eq!(one("في كانون الأول 2025").1, "2025-12");
    assert_eq!(one("على الساعة 14:00").1, "14:00");
    assert_eq!(
        one("7:52 مساءً"),
        ("7:52 مساءً".into(), "19:52".into(), "time", "exact", String::new())
    );
    assert_eq!(one("الساعة الثامنة مساء").1, "20:00");
    assert_eq!(one("الساعة العاشرة صباحا").1, "10:00");
    assert_eq!(one("الساعة التاسعة إلا ربعا").1, "08:45");
}

#[test]
fn an_impossible_date_is_not_a_date() {
    assert!(read("31/02/2017").iter().all(|f| f.2 != "date"));
}

#[test]
fn identifiers_and_vague_words_are_not_figures() {
    assert!(read("story-0\nstory-8\nIMG 20251217 WA0046\nCOVID19 Le360").is_empty());
    assert!(read("ترقية آلاف الموظفين").is_empty());
    assert!(read("كل واحدة منها، إحدى المدن، أحد الموظفين").is_empty());
    assert!(read("الجيل الثاني من البطاقة، المنطقة الأمنية الخامسة").is_empty());
    assert!(read("لست أدري").is_empty());
}

#[test]
fn one_as_a_count_is_a_figure() {
    assert_eq!(one("بطاقة واحدة").1, "1");
    assert_eq!(one("في مكان واحد").0, "واحد");
}

#[test]
fn digits_followed_by_a_latin_unit_are_a_figure() {
    assert_eq!(one("بسرعة 140km/h").1, "140");
}

#[test]
fn too_large_numbers_are_errors_not_wrong_values() {
    let text = format!("رقم {} هنا", "1234567890".repeat(4));
    let found: Vec<_> = figures(&text).collect();
    assert_eq!(found.len(), 1);
    let err = found[0].clone().unwrap_err();
    assert_eq!(&text[err.span], "1234567890".repeat(4));
    let words = "ألف مليون مليار تريليون";
    assert!(figures(words).next().is_some_and(|f| f.is_err()));
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let text = "\u{feff}أكثر من 4 ملايين";
    let f = figures(text).next().and_then(Result::ok).unwrap();
    assert_eq!(f.span.start, 3);
    assert_eq!(f.span.end, text.len());
}

// Edition 2 (SPEC §6.1): forms real articles write that edition 1 misread.

#[test]
fn a_fraction_joined_to_a_scale_word_is_part_of_the_figure() {
    let half = one("سجلت المنصة مليون ونصف زيارة");
    assert_eq!(
        (half.0.as_str(), half.1.as_str(), half.4.as_str()),
        ("مليون ونصف", "1500000", "500000")
    );
    assert_eq!(one("بلغ العدد مليونا ونصف المليون مسافر").0, "مليونا ونصف المليون");
    assert_eq!(value("بلغ العدد مليونا ونصف المليون مسافر"), "1500000");
    assert_eq!(value("استفاد ثلاثة ملايين ونصف من البرنامج"), "3500000");
    let more = one("أزيد من مليون ونصف مليون بطاقة");
    assert_eq!(
        (more.0.as_str(), more.1.as_str(), more.3, more.4.as_str()),
        ("أزيد من مليون ونصف مليون", "1500000", "more_than", "500000")
    );
    assert_eq!(value("بكلفة 3 مليارات وربع"), "3250000000");
}

#[test]
fn a_fraction_before_a_scale_word_is_that_part_of_it() {
    assert_eq!(value("زارها نصف مليون شخص"), "500000");
    assert_eq!(precision("زارها نصف مليون شخص"), "500000");
    assert_eq!(value("رصدت ربع مليار درهم"), "250000000");
    let quarters = one("نحو ثلاثة أرباع المليون زائر");
    assert_eq!((quarters.1.as_str(), quarters.3), ("750000", "about"));
    // Alone, "the million" and "three quarters" are no count of millions.
    assert!(figures("تجاوزت المليون الأول").all(|f| f.is_err_and(|e| e.warning)));
}

#[test]
fn one_dot_before_a_scale_word_is_a_decimal_point() {
    let found = one("بلغ عدد المسافرين 1.392 مليون مسافر");
    assert_eq!((found.1.as_str(), found.4.as_str()), ("1392000", "1000"));
    assert_eq!(value("نحو 2,125 مليار درهم"), "2125000000");
    // Without a scale word it still groups thousands; several groups too.
    assert_eq!(value("سجلت 1.392 مخالفة"), "1392");
    assert_eq!(value("أي 2.653.895 بطاقة"), "2653895");
    assert_eq!(value("1.158.875 مليون"), "1158875000000");
}

#[test]
fn the_wire_agency_decimal_reads_its_fraction_first() {
    let found = one("بقيمة 5ر1 مليار دولار");
    assert_eq!(
        (found.0.as_str(), found.1.as_str(), found.4.as_str()),
        ("5ر1 مليار", "1500000000", "100000000")
    );
    assert_eq!(value("بلغ المعدل 25ر1"), "1.25");
    let percent = one("تراجع بنسبة 5ر12 بالمئة");
    assert_eq!((percent.1.as_str(), percent.2), ("12.5", "percent"));
}

#[test]
fn billion_and_trillion_have_all_their_forms() {
    assert_eq!(value("بقيمة 4.2 بليون دولار"), "4200000000");
    assert_eq!(value("نحو 3 بلايين و625 مليون دولار"), "3625000000");
    assert_eq!(value("بتمويل قدره بليونا دولار"), "1000000000");
    assert_eq!(value("رصد بليوني دولار"), "2000000000");
    assert_eq!(value("ديون تفوق تريليوني دولار"), "2000000000000");
    assert_eq!(value("بلغت 7 تريليونات"), "7000000000000");
}

#[test]
fn pdf_presentation_forms_and_fullwidth_digits_read_as_plain_text() {
    let found = one("ﺇﺻﺪﺍﺭ ﺛﻼﺛﺔ ﻣﻼﻳﻴﻦ ﺑﻄﺎﻗﺔ");
    assert_eq!(found.1, "3000000");
    // Positions stay on the text as stored.
    assert_eq!(found.0, "ﺛﻼﺛﺔ ﻣﻼﻳﻴﻦ");
    assert_eq!(value("ﺃﺯﻳﺪ ﻣﻦ 3.5 ﻣﻠﻴﻮﻥ"), "3500000");
    assert_eq!(one("ﺃﺯﻳﺪ ﻣﻦ 3.5 ﻣﻠﻴﻮﻥ").3, "more_than");
    assert_eq!(value("عدد ３５ طالبا"), "35");
}

#[test]
fn edition_2_qualifiers_are_read() {
    let cases = [
        ("في حدود 40 في المائة", "about"),
        ("بنسبة تقارب 12 في المائة", "about"),
        ("ما يقرب من 300 شخص", "about"),
        ("لم يتجاوز 45 في المائة", "at_most"),
        ("لم تتجاوز 45 في المائة", "at_most"),
        ("لا يتعدى 20 شخصا", "at_most"),
        ("تجاوز 5000 زائر", "more_than"),
        ("تخطى 70 عاما", "more_than"),
        ("يفوق 900 طن", "more_than"),
        ("لا تقل عن 10 سنوات", "at_least"),
    ];
    for (text, qualifier) in cases {
        assert_eq!(one(text).3, qualifier, "{text}");
    }
    let limit = one("الأطفال دون سن 18");
    assert_eq!(
        (limit.0.as_str(), limit.1.as_str(), limit.3),
        ("دون سن 18", "18", "less_than")
    );
    assert_eq!(one("تجاوز عتبة 50 في المائة").3, "more_than");
}

#[test]
fn definite_cardinals_after_or_before_a_plural_noun_are_counts() {
    let six = one("خلال الأشهر الستة الماضية");
    assert_eq!((six.0.as_str(), six.1.as_str()), ("الستة", "6"));
    assert_eq!(value("في السنوات الخمس الأخيرة"), "5");
    assert_eq!(value("على مدى الأربع سنوات"), "4");
    // Ordinals are not figures.
    assert!(read("المرتبة الأولى والدورة السادسة والفصل السادس").is_empty());
}

#[test]
fn parentheses_do_not_cut_digits_from_their_percent_or_qualifier() {
    let percent = one("بنسبة (15) بالمائة");
    assert_eq!(
        (percent.0.as_str(), percent.1.as_str(), percent.2),
        ("(15) بالمائة", "15", "percent")
    );
    let about = one("أي (40) % تقريبا");
    assert_eq!((about.1.as_str(), about.2, about.3), ("40", "percent", "about"));
    // Parentheses alone change nothing about a count (an article's
    // number alone in them is a label, no figure).
    assert_eq!(one("أصيب (12) شخصا في الحادث").0, "12");
    assert!(read("المادة (12) من القانون").is_empty());
}

#[test]
fn points_past_a_hundred_are_an_index_level_not_percentage_points() {
    let level = counted("أغلق المؤشر عند مستوى (1945.9) نقطة");
    assert_eq!((level.0.as_str(), level.1.as_str()), ("", "نقطة"));
    assert_eq!(one("أغلق المؤشر عند مستوى (1945.9) نقطة").1, "1945.9");
    assert_eq!(counted("le MASI clôture à 7512 points").0, "");
    // A change in points of a rate stays one.
    assert_eq!(counted("تراجع المعدل بـ 2 نقطة مئوية").0, "pp");
    assert_eq!(counted("en baisse de 3,7 points").0, "pp");
}

#[test]
fn an_index_moves_by_points_of_its_own() {
    // The bare points an index gains or loses, however few.
    assert_eq!(counted("وتراجع المؤشر الرئيسي للبورصة بـ 33.7 نقطة").0, "");
    assert_eq!(counted("وتراجع المؤشر الرئيسي للبورصة بـ 33.7 نقطة").1, "نقطة");
    assert_eq!(counted("ربح مؤشر مازي 12 نقطة خلال الأسبوع").0, "");
    assert_eq!(counted("L'indice MASI a perdu 41,2 points en une séance").0, "");
    assert_eq!(counted("le MASI gagne 8 points").0, "");
    // Percentage points said outright stay so, an index named or not.
    assert_eq!(counted("وارتفع مؤشر البطالة بـ 0.8 نقطة مئوية").0, "pp");
    assert_eq!(counted("l'indice a reculé de 0,4 point de pourcentage").0, "pp");
    // A rate's points, with no index in its clause.
    assert_eq!(counted("وتراجعت نسبة البطالة بـ 1.3 نقطة").0, "pp");
    assert_eq!(counted("le taux de réussite gagne 4 points").0, "pp");
    // An index named in the sentence before is not this clause's subject.
    assert_eq!(counted("أغلق المؤشر مرتفعا. وتراجعت النسبة بـ 2 نقطة").0, "pp");
    // A rate named nearer than the index is what the points are of, and
    // the indicator of a rate moves by percentage points too.
    assert_eq!(counted("حسب مؤشر المندوبية تراجع معدل البطالة بـ 1.3 نقطة").0, "pp");
    assert_eq!(counted("وتحسن مؤشر البطالة في المدن بـ 0.6 نقطة").0, "pp");
    assert_eq!(counted("l'indice du chômage a reculé de 0,7 point").0, "pp");
    assert_eq!(counted("وارتفع مؤشر أسعار الاستهلاك بـ 1.2 نقطة").0, "");
    assert_eq!(counted("selon l'indice publié hier le taux a perdu 2 points").0, "pp");
    // `pour sa part` names no rate.
    assert_eq!(counted("Le MADEX a pour sa part cédé 12 points").0, "");
    // A year between dates the move; a figure opening a line looks back at none.
    assert_eq!(counted("أغلق المؤشر العام\n12 نقطة هو الفارق بين المعدلين").0, "pp");
    // Another figure between ends the clause; an index's own number does not.
    let units: Vec<&str> = figures("ربح المؤشر 12 نقطة فيما تراجعت المردودية 2 نقطة")
        .filter_map(Result::ok)
        .map(|f| f.unit.unwrap_or(""))
        .collect();
    assert_eq!(units, ["", "pp"]);
    let unit_of = |text: &str, figure: &str| {
        figures(text)
            .filter_map(Result::ok)
            .find(|f| f.text(text) == figure)
            .map(|f| f.unit.unwrap_or("").to_string())
    };
    assert_eq!(
        unit_of("Le CAC 40 a perdu 41 points vendredi", "41").as_deref(),
        Some("")
    );
    assert_eq!(unit_of("le MSI20 a cédé 12 points", "12").as_deref(), Some(""));
    assert_eq!(
        unit_of("تراجع مؤشر مازي سنة 2024 بـ 33.7 نقطة", "33.7").as_deref(),
        Some("")
    );
    // The number of an index's name is no figure.
    assert_eq!(one("Le CAC 40 a perdu 41 points vendredi").0, "41");
    assert_eq!(one("تراجع مؤشر MSI 20 بنسبة 1.2%").0, "1.2%");
    // A count after a word in capitals that names no index stays one, and
    // so does a figure after an index's name that is no small whole number.
    assert_eq!(one("Selon la BAM 40 agences ont ouvert").0, "40");
    assert_eq!(one("le MASI 0,45 % en hausse").0, "0,45 %");
    assert_eq!(one("le MASI 12 345,67 points en clôture").0, "12 345,67");
    // `pp` says percentage points whatever stands before it.
    assert_eq!(counted("l'indice a perdu 0,5 pp").0, "pp");
    // With its article glued to a preposition (`للبورصة`).
    assert_eq!(counted("وتراجعت القيم المدرجة بالبورصة 15 نقطة").0, "");
}

#[test]
fn a_dash_between_digits_and_their_scale_word_keeps_them_one_figure() {
    let deficit = one("تراجع العجز الى 11.9 – مليار دينار");
    assert_eq!(
        (deficit.0.as_str(), deficit.1.as_str()),
        ("11.9 – مليار", "11900000000")
    );
    assert_eq!(read("الى 11.9 – مليار دينار مقابل 10.1 – مليار دينار").len(), 2);
    // A dash before anything else parts two figures.
    assert_eq!(read("بين 2019 - 2021 ارتفع الدين").len(), 2);
}

#[test]
fn digits_in_parentheses_keep_their_scale_word_and_qualifier() {
    let amount = one("بلغت الصادرات (1343.2) مليار ريال");
    assert_eq!(
        (amount.0.as_str(), amount.1.as_str()),
        ("(1343.2) مليار", "1343200000000")
    );
    let bound = one("بقيمة إجمالية تجاوزت (60.8) مليار ريال");
    assert_eq!((bound.1.as_str(), bound.3), ("60800000000", "more_than"));
    let about = one("أي حوالي (12) مليون درهم");
    assert_eq!(
        (about.0.as_str(), about.1.as_str(), about.3),
        ("حوالي (12) مليون", "12000000", "about")
    );
    let count = one("وصل عددهم إلى أكثر من (54) حالة");
    assert_eq!((count.0.as_str(), count.3), ("أكثر من (54)", "more_than"));
    // What the digits count stands after the parenthesis.
    assert_eq!(counted("وصل عددهم إلى أكثر من (54) حالة").1, "حالة");
    assert_eq!(counted("سجلت المصالح (12) مريضا").1, "مريض");
    assert_eq!(one("وحجزت المصالح (12) مليون قرص").1, "12000000");
    // No scale word after the parentheses: the digits alone.
    assert_eq!(one("تقدم (3) مرشحين للمنصب").0, "3");
}

#[test]
fn a_percent_sign_before_the_digits_makes_a_percent() {
    let found = one("بنسبة %95 من الحالات");
    assert_eq!((found.0.as_str(), found.1.as_str(), found.2), ("%95", "95", "percent"));
    // A headline may open with it.
    let opening = one("%3.6 نسبة تراجع عدد الزوار");
    assert_eq!(
        (opening.0.as_str(), opening.1.as_str(), opening.2),
        ("%3.6", "3.6", "percent")
    );
    // A word glued before the sign, as right-to-left typing leaves it.
    let glued = read("ليمثل 14,9% من الناتج عوض%14,3 سنة 2015");
    let kinds: Vec<(&str, &str, &str)> = glued.iter().map(|f| (f.0.as_str(), f.1.as_str(), f.2)).collect();
    assert_eq!(
        kinds,
        [
            ("14,9%", "14.9", "percent"),
            ("%14,3", "14.3", "percent"),
            ("2015", "2015", "year")
        ]
    );
    // A sign that closes the figure glued before it opens none.
    let closing = read("بلغت النسبة 12%14 حالة");
    assert_eq!(closing.first().map(|f| (f.0.as_str(), f.2)), Some(("12%", "percent")));
}

#[test]
fn a_qualifier_after_a_french_unit_with_de_qualifies_the_amount() {
    let found = one("La récolte atteint 1,2 million de tonnes environ");
    assert_eq!(
        (found.0.as_str(), found.1.as_str(), found.3),
        ("1,2 million de tonnes environ", "1200000", "about")
    );
    // Words that open the next figure's qualifier are that figure's.
    let two = read("Le pays a reçu 2 millions de touristes et plus de 10 milliards de dirhams");
    let qualifiers: Vec<&str> = two.iter().map(|f| f.3).collect();
    assert_eq!(qualifiers, ["exact", "more_than"], "{two:?}");
}

#[test]
fn the_second_year_of_a_season_is_a_year_whatever_follows() {
    let found = read("سجل الموسم 2016/2017 نسبة نجاح بلغت 72 في المائة");
    let kinds: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
    assert_eq!(kinds, [("2016", "year"), ("2017", "year"), ("72 في المائة", "percent")]);
    // A year alone before the noun it counts stays a count, and so does
    // the second of two numbers that are no season.
    assert_eq!(one("تم تسجيل 2017 حالة").2, "number");
    assert_eq!(read("نجح 1950/2000 مترشح")[1].2, "number");
}

#[test]
fn a_year_before_the_word_that_leads_to_a_change_is_a_year() {
    // `2009 بنسبة`: the rate's word follows the year, it counts nothing.
    let found = read("تحسن الإنتاج مقارنة مع 2009 بنسبة 12 في المائة");
    let kinds: Vec<(&str, &str)> = found.iter().map(|f| (f.0.as_str(), f.2)).collect();
    assert_eq!(kinds, [("2009", "year"), ("12 في المائة", "percent")]);
    assert_eq!(read("زاد الإنفاق عن 2015 بمقدار 40 مليون درهم")[0].2, "year");
}

#[test]
fn a_french_year_before_a_verb_is_a_year() {
    // A count of two or more takes its noun in the plural or a unit; a
    // verb in the singular after four digits makes them a year.
    for text in [
        "Le bilan de 2023 compte des hausses.",
        "L'édition 2024 réunit les clubs.",
        "Le budget de 2025 prévoit une baisse.",
        "Le baccalauréat 2008 aura connu des nouveautés.",
    ] {
        assert_eq!(read(text)[0].2, "year", "{text}");
    }
    for (text, value) in [
        ("L'édition réunit 2024 participants.", "2024"),
        ("Il a parcouru 2000 km à pied.", "2000"),
        ("La ferme produit 2000 t de blé.", "2000"),
        ("La ville compte 2010 MRE inscrits.", "2010"),
        ("La start-up a levé 1900 k€.", "1900000"),
        // Abbreviations and compounds the reader does not know.
        ("La centrale a fourni 2000 kWh hier.", "2000"),
        ("Le disque contient 2000 Mo de données.", "2000"),
        ("La région accueille 2000 start-up innovantes.", "2000"),
        ("Le chantier emploie 2000 main-d'œuvre qualifiée.", "2000"),
        ("La commune compte 1998 hab. au total.", "1998"),
    ] {
        let found = read(text);
        assert_eq!((found[0].1.as_str(), found[0].2), (value, "number"), "{text}");
    }
}

#[test]
fn a_year_before_a_change_word_a_qualifier_or_its_pair_is_a_year() {
    // A change word (its conjunction glued or not) or the qualifier of the
    // next figure is no noun the four digits count; a season may name its
    // later year first.
    for text in [
        "تراجع الإنتاج مقارنة بسنة قبل 2023 وتراجع التصدير كذلك",
        "بلغ عدد العمال حتى نهاية الربع الثاني 2026 حوالي 500 ألف عامل",
        "ارتفعت المداخيل خلال الموسم 2025/2024 الماضي",
    ] {
        let found = read(text);
        let years: Vec<&str> = found.iter().filter(|f| f.0.len() == 4).map(|f| f.2).collect();
        assert!(
            !years.is_empty() && years.iter().all(|&k| k == "year"),
            "{text}: {found:?}"
        );
    }
    // A count of a noun that starts like a conjunction stays a count.
    assert_eq!(read("أحدث المشروع 2000 وظيفة جديدة")[0].2, "number");
    assert_eq!(read("سجلت المصالح 2020 وفاة")[0].2, "number");
}

#[test]
fn french_digits_after_a_determined_noun_are_a_year() {
    // A French count stands before its noun: after `les comptes` the
    // digits name the accounts, whatever plural follows them.
    for text in [
        "Les comptes 2023 consolidés montrent une hausse.",
        "Ses états 2024 révisés sont publiés.",
    ] {
        assert_eq!(read(text)[0].2, "year", "{text}");
    }
    for (text, value) in [
        ("Les 2000 employés consolidés restent.", "2000"),
        ("Le recrutement de 2000 agents est prévu.", "2000"),
        ("Au total 2000 personnes ont été évacuées.", "2000"),
        ("Cette semaine 2000 migrants ont traversé.", "2000"),
        ("Ils comptent 2000 adhérents.", "2000"),
    ] {
        let found = read(text);
        assert_eq!((found[0].1.as_str(), found[0].2), (value, "number"), "{text}");
    }
}

#[test]
fn a_month_behind_a_glued_preposition_is_still_a_month_of_its_year() {
    let found = one("قفز الدين مقارنة بنونبر 2019 إلى مستوى قياسي");
    assert_eq!(
        (found.0.as_str(), found.1.as_str(), found.2),
        ("نونبر 2019", "2019-11", "date")
    );
    assert_eq!(one("تأجل الاجتماع لأبريل 2021 دون تفسير").1, "2021-04");
    // Without a year after it the word is read as nothing.
    assert!(read("تأجل الاجتماع لأبريل المقبل").is_empty());
}

#[test]
fn a_small_number_alone_in_parentheses_is_a_label() {
    // An article's number and a note's mark count nothing.
    assert_eq!(value("تنص المادة (2) من القانون على غرامة قدرها 300 درهم"), "300");
    assert_eq!(value("وقال الوزير (1) إن الحصيلة بلغت 45 حالة"), "45");
    // A number in parentheses before its noun counts it; a sign or a
    // larger number in parentheses stays a figure.
    assert_eq!(value("سجلت المصالح (54) حالة جديدة"), "54");
    assert_eq!(value("les engrais (+16) et le ciment"), "16");
    assert_eq!(value("les inscrits (1250) ont voté"), "1250");
}

#[test]
fn a_number_after_a_name_that_carries_one_is_part_of_the_name() {
    assert!(read("جائحة كوفيد 19 وكوفيد-19 وكوفيد ـ 19").is_empty());
    assert_eq!(value("أصيب 300 شخص بكوفيد 19"), "300");
}

#[test]
fn edition_2_times() {
    let pm = one("انطلقت المسيرة على الساعة 09:30 م");
    assert_eq!((pm.0.as_str(), pm.1.as_str(), pm.2), ("09:30 م", "21:30", "time"));
    assert_eq!(value("أغلق المكتب 11:15 ص"), "11:15");
    assert_eq!(value("وصل القطار 07:05 مـ"), "19:05");
    let spoken = one("يبدأ اللقاء الساعة 16 و30 دقيقة");
    assert_eq!((spoken.0.as_str(), spoken.1.as_str()), ("الساعة 16 و30 دقيقة", "16:30"));
    assert_eq!(value("على الساعة 10 صباحا"), "10:00");
    let about = one("وقع الحادث حوالي الساعة 00:30 ليلا");
    assert_eq!(
        (about.0.as_str(), about.1.as_str(), about.3),
        ("حوالي الساعة 00:30 ليلا", "00:30", "about")
    );
}

#[test]
fn a_day_of_the_month_in_words_makes_a_date() {
    let found = one("احتفل العالم يوم الثامن من مارس 2020 باليوم العالمي للمرأة");
    assert_eq!(
        (found.0.as_str(), found.1.as_str()),
        ("الثامن من مارس 2020", "2020-03-08")
    );
    assert_eq!(value("دخل القانون حيز التنفيذ أول يوليو 2023"), "2023-07-01");
    assert_eq!(value("في الحادي والعشرين من شهر ماي 2024"), "2024-05-21");
    assert_eq!(value("فاتح يناير 2024"), "2024-01-01");
    // An ordinal that names no day of a month is no figure.
    assert!(read("احتل المغرب المركز الأول عربيا").is_empty());
}

#[test]
fn a_number_that_continues_an_unread_one_is_no_figure() {
    // SPEC §7.1: the rest of an ordinal, or of a definite number the
    // grammar does not compose, is never read as the part it knows.
    assert!(read("انطلقت الدورة الخامسة و عشرون للمهرجان").is_empty());
    assert!(read("تحل الذكرى المئة وخمسين لتأسيس المدينة").is_empty());
    assert!(read("احتفلت الجمعية بالذكرى المائة و خمسة و عشرين").is_empty());
    assert!(read("في الصفحة الثلاثمائة وعشرين من التقرير").is_empty());
    assert!(read("نجح الاثنان و عشرون طالبا في المباراة").is_empty());
    assert!(read("بلغ القارئ الصفحة الست مائة من المخطوط").is_empty());
    assert!(read("تجاوز عدد الزوار المائة ألف زائر").is_empty());
    assert!(read("تجاوز عدد الزوار الخمسين ألف زائر").is_empty());
    // A definite number the grammar composes stays one figure, and a
    // hundred after Monday is a hundred, a count after a name a count.
    assert_eq!(value("احتج الخمس مائة عامل أمام المصنع"), "500");
    assert_eq!(value("حضر يوم الاثنين مائة شخص"), "100");
    assert_eq!(value("حضر عبد الواحد وثلاثة آلاف شخص"), "3000");
    // The hundred of a percent word heads nothing.
    let rates = read("تراوحت النسبة بين عشرين في المئة وثلاثين في المئة");
    let values: Vec<&str> = rates.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(values, ["20", "30"], "{rates:?}");
    assert_eq!(read("10 في المائة وخمسة آلاف أسرة").len(), 2);
}

#[test]
fn four_digits_before_a_counted_noun_are_a_count() {
    let visitors = one("استقبل المعرض 2000 زائر");
    assert_eq!((visitors.1.as_str(), visitors.2), ("2000", "number"));
    assert_eq!(one("عرفت سنة 2025 إنجاز مشاريع").2, "year");
    assert_eq!(one("برسم 2023 أنه").2, "year");
    assert_eq!(one("2024 سنة استثنائية").2, "year");
    assert_eq!(one("وذلك منذ 2019.").2, "year");
}

// SPEC §6.2: what a figure counts.

/// (unit, noun, change, calendar) of the one figure in `text`.
fn counted(text: &str) -> (String, String, String, String) {
    let all: Vec<Figure> = figures(text).map(|f| f.expect("figure in range")).collect();
    assert_eq!(all.len(), 1, "expected one figure in {text:?}");
    let f = &all[0];
    (
        f.unit.unwrap_or("").to_string(),
        f.noun(text).unwrap_or_default(),
        f.change.map_or("", |c| c.as_str()).to_string(),
        f.calendar.map_or("", |c| c.as_str()).to_string(),
    )
}

#[test]
fn the_noun_a_figure_counts_is_read_from_the_word_after_it() {
    // Sentences of the 2025 report.
    assert_eq!(counted("وتم إنتاج 2.653.895 بطاقة بمركز الرباط").1, "بطاقة");
    assert_eq!(counted("استفاد منها ما مجموعه 85 ألف و51 مستفيدة ومستفيدا").1, "مستفيد");
    assert_eq!(counted("توصلت المديرية ب1646 بلاغا").1, "بلاغ");
    assert_eq!(counted("عدد 10 ضحايا").1, "ضحايا");
    // A preposition is not a noun; a percent counts nothing.
    assert_eq!(counted("نحو 40 من أصل الطلبات").1, "");
    assert_eq!(counted("بنسبة 10 في المائة من الحالات").1, "");
    assert_eq!(counted("وأربعة بالمناطق الجنوبية").1, "");
    // Nor is one behind a glued conjunction or preposition.
    assert_eq!(counted("وصل عدد المستفيدين إلى 12470 وأن الباقي سيستفيد لاحقا").1, "");
    assert_eq!(counted("تراجع الرقم إلى 830 لأن الموسم كان جافا").1, "");
    assert_eq!(counted("سجلت المصالح 640 فإن استمر الوضع").1, "");
    // A noun that a glued preposition and a particle would spell stays a
    // noun (ك + بل).
    assert_eq!(counted("مدّ الفريق 120 كبلا جديدا").1, "كبل");
}

#[test]
fn currencies_and_units_are_normalised() {
    let cases = [
        ("بكلفة 3 ملايين درهم", "MAD"),
        ("بغلاف مالي قدره 40 مليون درهم إماراتي", "AED"),
        ("بقيمة 4.2 بليون دولار", "USD"),
        ("نحو 200 مليون أورو", "EUR"),
        ("نحو 200 مليون يورو", "EUR"),
        ("بلغت 5 ملايين جنيه", "EGP"),
        ("مبلغ 12 ألف ريال سعودي", "SAR"),
        ("مسافة 140 كلم", "km"),
        ("بسرعة 140km/h", "km/h"),
        ("بسرعة 120 كلم في الساعة", "km/h"),
        ("حجز 2 طن", "t"),
        ("مساحة 300 هكتار", "ha"),
        ("سعة 5 ملايين متر مكعب", "m3"),
        ("بقدرة 400 ميغاواط", "MW"),
        ("مبلغ 250 DH", "MAD"),
        ("معدل 5 في الألف", "per_mille"),
        ("معدل 18 بالألف", "per_mille"),
    ];
    for (text, unit) in cases {
        let (found, noun, ..) = counted(text);
        assert_eq!(found, unit, "{text}");
        assert_eq!(noun, "", "{text}: a unit, not a noun");
    }
    assert_eq!(one("معدل 5 في الألف").0, "5 في الألف");
}

#[test]
fn a_scale_abbreviation_glued_to_a_currency_sign_scales_the_amount() {
    let found = read("Le fonds a levé 3 M€ et 250 k$.");
    let values: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(values, ["3000000", "250000"], "{found:?}");
    // Without a sign `M` is no scale.
    assert_eq!(value("Il a reçu 3 M. Dupont hier."), "3");
    // After a number whose sign comes before it, as before a sign.
    let before = read("La ville a reçu $3 M, puis £2,5 M et €40 k.");
    let values: Vec<&str> = before.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(values, ["3000000", "2500000", "40000"], "{before:?}");
    // Both ends of a range, as with a scale word.
    let range = read("Le budget va de 500 à 700 k$ par an.");
    let values: Vec<&str> = range.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(values, ["500000", "700000"], "{range:?}");
}

#[test]
fn changes_are_read_from_the_words_before_the_figure() {
    assert_eq!(counted("ارتفع عدد الزوار بـ 5 في المائة").2, "rise");
    assert_eq!(counted("تراجعت الجرائم بنسبة 3 في المائة").2, "fall");
    assert_eq!(counted("بزيادة 10 آلاف مقارنة بالسنة الماضية").2, "rise");
    assert_eq!(counted("سجل انخفاض قدره 12 حالة").2, "fall");
    // The 2025 press article: a fall of 10%, the change word earlier in
    // the clause.
    assert_eq!(
        counted("مقابل تراجع ملموس في مؤشرات الجريمة العنيفة بنسبة 10 في المائة").2,
        "fall"
    );
    // Counts added or lost, and the present tense.
    assert_eq!(counted("انضاف 12 ألف مشترك جديد").2, "rise");
    assert_eq!(counted("تنخفض الواردات بنسبة 4 في المائة").2, "fall");
    assert_eq!(counted("les ventes reculent de 3 %").2, "fall");
    assert_eq!(counted("l'usine a perdu 120 emplois").2, "fall");
    // A plus before an amount says it is a gain; a minus may be a
    // negative level.
    assert_eq!(
        changes("le fret a progressé de 12 %, soit +1,4 milliard DH"),
        ["rise", "rise"]
    );
    assert_eq!(changes("le solde du compte atteint -1.200 DH"), [""]);
    // A new level is not a change; nor is a figure in another clause.
    assert_eq!(counted("ارتفع العدد إلى 500 حالة").2, "");
    assert_eq!(counted("تراجع العدد، وسجلت المصالح 500 حالة").2, "");
}

/// Each figure's change (`rise`, `fall` or empty), in text order.
fn changes(text: &str) -> Vec<String> {
    figures(text)
        .map(|f| {
            f.expect("figure in range")
                .change
                .map_or("", |c| c.as_str())
                .to_string()
        })
        .collect()
}

#[test]
fn a_rate_a_change_starts_from_is_not_the_change() {
    // `de A à B` between two rates: A is where the fall starts.
    assert_eq!(
        changes("une baisse du taux d'occupation de 71,2 % en début d'année à 64,5 % en juin"),
        ["", ""]
    );
    assert_eq!(
        changes("une baisse du taux d'occupation de 71,2 % à fin mars 2024 à 64,5 % en juin"),
        ["", "", ""]
    );
    // `de A à B` with an amount after `à`: A is the change, B the level.
    assert_eq!(
        changes("les recettes sont en baisse de 4,5 % à 12,3 milliards de dirhams"),
        ["fall", ""]
    );
    // In another clause, a rate after `à` says nothing of the first.
    assert_eq!(
        changes("les ventes sont en hausse de 3 %, contre une prévision de 2 % à 4 %"),
        ["rise", "", ""]
    );
}

#[test]
fn a_list_of_days_is_at_most_a_month_long() {
    let days = |n: u32| (1..=n).map(|d| d.to_string()).collect::<Vec<_>>().join(", ");
    let month = format!("Les permanences ont lieu les {} mars 2025.", days(31));
    let found = read(&month);
    assert_eq!(found.len(), 31);
    assert!(found.iter().all(|f| f.2 == "date"), "{found:?}");
    // 32 days before a month are no list of days: the first is a number,
    // as in a list with no month.
    let longer = format!("Les tirages ont donné {}, 1 mars 2025.", days(31));
    let first = read(&longer).into_iter().next();
    assert_eq!(first.map(|f| (f.0, f.2)), Some(("1".to_string(), "number")));
}

#[test]
fn hijri_years_and_dates_carry_their_calendar() {
    let year = one("في سنة 1445هـ");
    assert_eq!((year.0.as_str(), year.1.as_str(), year.2), ("1445هـ", "1445", "year"));
    assert_eq!(counted("في سنة 1445هـ").3, "hijri");
    assert_eq!(counted("عام 1446 هـ").3, "hijri");
    let date = one("يوم 5 رمضان 1445 هـ");
    assert_eq!(
        (date.0.as_str(), date.1.as_str(), date.2),
        ("5 رمضان 1445 هـ", "1445-09-05", "date")
    );
    assert_eq!(counted("يوم 5 رمضان 1445 هـ").3, "hijri");
    assert_eq!(value("في 10 ذو الحجة"), "--12-10");
    // Gregorian dates carry none.
    assert_eq!(counted("22/12/2017").3, "");
}

#[test]
fn ranges_are_two_linked_figures_sharing_what_is_written_after_the_second() {
    let text = "يتراوح العدد بين 2.5 و3 ملايين نسمة";
    let ends: Vec<Figure> = figures(text).map(|f| f.unwrap()).collect();
    assert_eq!(ends.len(), 2);
    assert_eq!(ends[0].text(text), "2.5");
    assert_eq!(ends[0].value.to_string(), "2500000");
    assert_eq!(ends[0].precision.map(|p| p.to_string()).as_deref(), Some("100000"));
    assert_eq!(ends[1].value.to_string(), "3000000");
    assert_eq!(ends[0].range, Some((RangeEnd::From, ends[1].span.start)));
    assert_eq!(ends[1].range, Some((RangeEnd::To, ends[0].span.start)));
    assert_eq!(ends[0].noun(text).as_deref(), Some("نسمة"));

    let percents = read("ارتفعت النسبة من 12 إلى 15 في المائة");
    assert_eq!(
        percents.iter().map(|p| (p.1.as_str(), p.2)).collect::<Vec<_>>(),
        [("12", "percent"), ("15", "percent")]
    );
    let dates = read("تنظم الدورة من 10 إلى 12 مارس 2024");
    assert_eq!(
        dates.iter().map(|d| d.1.as_str()).collect::<Vec<_>>(),
        ["2024-03-10", "2024-03-12"]
    );
    let dash = read("بين 10 - 12 في المائة");
    assert_eq!(
        dash.iter().map(|d| (d.1.as_str(), d.2)).collect::<Vec<_>>(),
        [("10", "percent"), ("12", "percent")]
    );
    let years = read("ما بين 2020 و2024");
    assert_eq!(
        years.iter().map(|d| (d.1.as_str(), d.2)).collect::<Vec<_>>(),
        [("2020", "year"), ("2024", "year")]
    );
    // A numeric date is no range; nor is من before a lone figure.
    assert_eq!(value("في 22-12-2017"), "2017-12-22");
    assert_eq!(one("من 3.449.678 بطاقة").1, "3449678");
}

#[test]
fn a_number_word_no_figure_takes_is_a_warning_not_a_silent_drop() {
    // A share is a fraction (SPEC §7.1); a scale word with the article
    // and no fraction before it is no figure, and says so.
    let text = "صوت نصف السكان، وثلاثة أرباع الناخبين، وتجاوزت المليون زيارة";
    let found: Vec<_> = figures(text).collect();
    let warnings: Vec<&str> = found
        .iter()
        .filter_map(|f| f.as_ref().err())
        .inspect(|e| assert!(e.warning))
        .map(|e| &text[e.span.clone()])
        .collect();
    assert_eq!(warnings, ["المليون"]);
    let fractions: Vec<(&str, String, Kind)> = found
        .iter()
        .filter_map(|f| f.as_ref().ok())
        .map(|f| (&text[f.span.clone()], f.value.to_string(), f.kind))
        .collect();
    assert_eq!(
        fractions,
        [
            ("نصف", "0.5".to_string(), Kind::Fraction),
            ("ثلاثة أرباع", "0.75".to_string(), Kind::Fraction)
        ]
    );
    // Before a span of time or in a name, a fraction word is none, and
    // never the 3 of three quarters.
    for text in ["انتظرنا ربع ساعة", "بلغ الفريق نصف النهائي", "ثلاثة أرباع الساعة"]
    {
        assert!(figures(text).all(|f| f.is_err()), "{text}");
    }
}

#[test]
fn an_arabic_article_with_a_french_caption_yields_both() {
    let text = "أصدرت المديرية 3.685.964 بطاقة، منها 2.653.895 بالرباط.\n\nLégende : dont 2 653 895 cartes à Rabat, soit 72 %.\n\nوأضافت المديرية 1,965 بطاقة.";
    let found: Vec<(String, String)> = read(text).into_iter().map(|f| (f.0, f.1)).collect();
    let expected = [
        ("3.685.964", "3685964"),
        ("2.653.895", "2653895"),
        ("2 653 895", "2653895"),
        ("72 %", "72"),
        // Back in Arabic, a comma before three digits groups thousands.
        ("1,965", "1965"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(found, expected);
}

#[test]
fn a_french_comma_is_a_decimal_comma() {
    assert_eq!(value("Le taux est de 2,653 points."), "2.653");
    assert_eq!(value("soit 3,6 millions de cartes"), "3600000");
    assert_eq!(precision("soit 3,6 millions de cartes"), "100000");
}

#[test]
fn french_number_words_compose() {
    assert_eq!(
        value("trois millions six cent quatre-vingt-cinq mille neuf cent soixante-quatre cartes"),
        "3685964"
    );
    assert_eq!(value("soixante et onze agents"), "71");
    assert_eq!(value("quatre-vingt-dix-neuf agents"), "99");
    assert_eq!(value("septante-sept agents"), "77");
    assert_eq!(value("nonante agents"), "90");
    assert_eq!(precision("nonante agents"), "10");
    assert_eq!(value("mille milliards de dirhams"), "1000000000000");
}

#[test]
fn french_abbreviated_milliards_are_scale_words() {
    assert_eq!(value("les recettes ont atteint 51,27 mds de dollars"), "51270000000");
    assert_eq!(precision("les recettes ont atteint 51,27 mds de dollars"), "10000000");
    assert_eq!(value("contre 49,81 MDS un an plus tôt"), "49810000000");
    assert_eq!(value("un budget de 3 Md de dirhams"), "3000000000");
}

#[test]
fn a_count_stated_finer_than_its_scale_takes_no_number_word_after_it() {
    // `trois mois plus tôt` is a time; the count is whole.
    let first = |text: &str| read(text).first().map(|f| (f.0.clone(), f.1.clone()));
    assert_eq!(
        first("contre 3231,5 mille trois mois plus tôt"),
        Some(("3231,5 mille".to_string(), "3231500".to_string()))
    );
    assert_eq!(
        first("soit 1,2 million deux ans après"),
        Some(("1,2 million".to_string(), "1200000".to_string()))
    );
    // Whole counts of the scale still compose.
    assert_eq!(value("deux mille trois cents personnes"), "2300");
    assert_eq!(value("1 million deux cent mille"), "1200000");
}

#[test]
fn french_qualifiers_times_and_dates() {
    assert_eq!(one("plus d'un million de passeports").3, "more_than");
    assert_eq!(one("pas moins de 80 unités").3, "at_least");
    assert_eq!(one("jusqu’à 7 jours").3, "at_most");
    assert_eq!(one("à 14 h 30 précises").1, "14:30");
    assert_eq!(one("le 1er janvier 2024").1, "2024-01-01");
    assert_eq!(one("le 22 DÉCEMBRE 2017").1, "2017-12-22");
}

#[test]
fn french_ordinals_articles_and_identifiers_are_not_figures() {
    assert!(read("la 2e édition, le 21e siècle, la 1re fois").is_empty());
    assert!(read("un agent et une policière").is_empty());
    assert!(read("le variant COVID-19 et le site Le360, story-3").is_empty());
    // Latin words in an Arabic paragraph stay identifiers, as before.
    assert!(read("نشرت Le360 الخبر").is_empty());
}

#[test]
fn a_smaller_unit_joins_only_a_currency_it_divides() {
    assert_eq!(value("بيع بـ 3 دنانير كويتية و250 فلسا"), "3.25");
    assert_eq!(precision("بيع بـ 3 دنانير كويتية و250 فلسا"), "0.001");
    // Fils of the dirham are hundredths.
    assert_eq!(value("بيع بـ 7 دراهم إماراتية و25 فلسا"), "7.25");
    // Fils divide no riyal: two figures, the riyals and a count of fils.
    let found = read("بيع بـ 2 ريال سعودي و33 فلسا");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "2");
    // More of the smaller unit than makes one is no part of an amount.
    assert_eq!(read("بيع بـ 2 ريال سعودي و150 هللة").len(), 2);
}

#[test]
fn a_provision_is_numbered_after_its_definite_noun_only() {
    assert!(read("وتنص المادة 12 من القانون على ذلك").is_empty());
    assert!(read("وطبقا للمادة 9 من المرسوم").is_empty());
    // `فصل` also dismisses, and `article` also prices an item.
    assert_eq!(value("قررت الشركة فصل 300 عامل"), "300");
    let french = read("Chaque article 15 euros seulement.");
    assert_eq!(french.len(), 1, "{french:?}");
    assert_eq!(french[0].1, "15");
}

#[test]
fn every_number_after_a_plural_provision_is_a_label() {
    assert!(read("وتنص المادتين 12 و13 من القانون على ذلك").is_empty());
    assert!(read("وعدلت الحكومة المواد 5، 6 و7 من المدونة").is_empty());
    assert!(read("La réforme modifie les articles 5, 6 et 7 du code.").is_empty());
    // The list ends where something else is counted.
    assert_eq!(value("وتطبق الفصول 490 و491 على 20 متهما"), "20");
    // Without the article, a plural counts and prices goods.
    let sold = read("Il a vendu 3 articles 15 euros chacun.");
    assert_eq!(sold.len(), 2, "{sold:?}");
    // A number after a comma that no conjunction joins to the list, one
    // before a scale word, and a lone number after the plural are counts.
    assert_eq!(
        value("Conformément aux articles 12 et 13, 250 agents seront recrutés."),
        "250"
    );
    let pills = read("وعدلت المواد 3 و4 آلاف قرص");
    assert_eq!(pills.last().map(|f| f.1.as_str()), Some("4000"), "{pills:?}");
    assert_eq!(value("جلس في الفصول 45 تلميذا"), "45");
    // A span of provisions and one inserted after another are labels too.
    assert!(read("Selon les articles 3 à 5 du code.").is_empty());
    assert!(read("وحسب المواد 3 إلى 5 من القانون").is_empty());
    assert!(read("Selon les articles 12 bis et 13 du code.").is_empty());
    assert!(read("وحسب المواد 12 مكرر و13 من القانون").is_empty());
    assert_eq!(value("أغلقت الأبواب 3 أيام"), "3");
    // A list that opens on the first, an ordinal, lists the rest.
    assert!(read("Le décret modifie les articles 1er et 2 de la loi.").is_empty());
    assert!(read("Les alinéas 1er, 2 et 3 ont été réécrits.").is_empty());
    assert!(read("Selon les articles premier et 4 du code.").is_empty());
    // One provision's first lists nothing.
    assert_eq!(value("L'article 1er et 250 agents du corps."), "250");
}

#[test]
fn a_third_written_before_a_hundred_is_three_hundred() {
    // `ثلث مائة`, an old spelling of ثلاث مائة: never 33.3 nor 100.
    assert_eq!(value("اشترى ثلث مائة كتاب"), "300");
    assert_eq!(value("بلغ العدد ثلث مائة وخمسين ألف شخص"), "350000");
}
