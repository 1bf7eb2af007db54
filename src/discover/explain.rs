//! Every English sentence about a relation, in one place: the
//! description that quotes what it links, why it was suggested, and what
//! is suspected when it fails.

use rust_decimal::Decimal;

use super::candidate::{Candidate, KeyAgreement, Repair};
use super::{quote, show, Article, FigureRef, RatioKind, Relation, SumKind};

pub(crate) fn description(articles: &[Article], relation: &Relation, read_otherwise: Option<FigureRef>) -> String {
    let relation = relation_text(articles, relation);
    match read_otherwise.and_then(|at| Some((at, articles.get(at.article)?.figure(at.figure)?.alternative?))) {
        Some((at, value)) => format!(
            "{relation}, {} read with grouped thousands as {}",
            quote(articles, at),
            show(value)
        ),
        None => relation,
    }
}

fn relation_text(articles: &[Article], relation: &Relation) -> String {
    let q = |f: &FigureRef| quote(articles, *f);
    match relation {
        Relation::Sum { parts, total, kind } => {
            let parts: Vec<String> = parts.iter().map(q).collect();
            match kind {
                SumKind::Sum => format!("{} = {}", parts.join(" + "), q(total)),
                SumKind::Difference | SumKind::Points => {
                    format!("{} is {} less {}", parts[0], q(total), parts[1..].join(" and "))
                }
            }
        }
        Relation::Claim { claim, precise } => format!("{} agrees with {}", q(claim), q(precise)),
        Relation::Equal { figures } => {
            let quoted: Vec<String> = figures.iter().map(q).collect();
            format!("{} state the same quantity", quoted.join(" and "))
        }
        Relation::Within { part, whole } => format!("{} is part of {}", q(part), q(whole)),
        Relation::Ratio {
            percent,
            numerator,
            denominator,
            kind,
            ..
        } => {
            let terms = |terms: &[(FigureRef, bool)]| {
                terms
                    .iter()
                    .enumerate()
                    .map(|(i, (f, minus))| match (i, minus) {
                        // A fall's numerator starts with the old level taken
                        // away (`−«7,541» + «7,322»`).
                        (0, true) => format!("−{}", q(f)),
                        (0, false) => q(f),
                        (_, true) => format!("− {}", q(f)),
                        (_, false) => format!("+ {}", q(f)),
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let what = match kind {
                RatioKind::Share => "the share",
                RatioKind::Change => "the change",
            };
            format!(
                "{} is {what} ({}) / ({})",
                q(percent),
                terms(numerator),
                terms(denominator)
            )
        }
    }
}

pub(crate) fn reason(candidate: &Candidate, score: f64) -> String {
    let e = &candidate.evidence;
    let mut why = vec![if e.holds {
        "it holds within the figures' precision".to_string()
    } else {
        "it holds after one edit of one figure".to_string()
    }];
    if !e.comparison {
        why.push(format!(
            "a chance of about 1 in {} that it does by coincidence among {} tried",
            one_in(e.coincidence),
            e.trials
        ));
    }
    match e.key {
        KeyAgreement::Same => why.push("its figures count the same thing".to_string()),
        KeyAgreement::Different => why.push("its figures count different things".to_string()),
        KeyAgreement::SameUnit => why.push("its figures are in one unit".to_string()),
        KeyAgreement::Unknown => {}
    }
    if e.cues > 0 {
        why.push(format!(
            "{} cue word{} in the text",
            e.cues,
            if e.cues == 1 { "" } else { "s" }
        ));
    }
    if e.parts_shared {
        why.push("the text states each part's share of the total".to_string());
    }
    if e.corroborated {
        why.push("the same edit repairs another relation".to_string());
    }
    match e.paired_beside {
        Some(true) => why.push("the text pairs the percentage with these figures".to_string()),
        Some(false) => why.push("the text pairs the percentage with other figures".to_string()),
        None => {}
    }
    match e.aligned {
        0 => {}
        1 => why.push("a figure both tellings write stands beside them in each".to_string()),
        _ => why.push("figures both tellings write stand before and after them in each".to_string()),
    }
    if e.mixed_periods {
        why.push("its figures are stated for different periods".to_string());
    }
    if e.across {
        why.push("across documents of one group".to_string());
    }
    format!("{} (score {score:.1})", why.join("; "))
}

/// What a failing relation suspects, from its repairs.
pub(crate) fn suspected(articles: &[Article], candidate: &Candidate) -> Option<String> {
    if candidate.evidence.holds {
        return None;
    }
    let repairs = &candidate.evidence.repairs;
    let each: Vec<String> = repairs.iter().map(|r| repair(articles, r)).collect();
    // A ratio's values are fractions of one: read as the percentages
    // the text writes.
    let percent = matches!(candidate.relation, Relation::Ratio { .. });
    let as_read = |n: Decimal| match n.checked_mul(Decimal::ONE_HUNDRED) {
        Some(hundredfold) if percent => format!("{}%", shown(hundredfold)),
        _ => shown(n),
    };
    let computed = match candidate.values {
        Some((computed, stated)) if computed != stated => {
            format!(
                "the figures give {}, the text states {}; ",
                as_read(computed),
                as_read(stated)
            )
        }
        _ => String::new(),
    };
    Some(match each.as_slice() {
        [one] => format!("{computed}it holds if {one}"),
        many => format!("{computed}it holds if {}", many.join(", or if ")),
    })
}

fn repair(articles: &[Article], r: &Repair) -> String {
    format!("{} were {} ({})", quote(articles, r.figure), show(r.to), r.edit)
}

fn shown(n: Decimal) -> String {
    show(n.round_dp(4))
}

fn one_in(chance: f64) -> String {
    let n = (1.0 / chance.max(1e-12)).round();
    if n >= 1e6 {
        "a million or more".to_string()
    } else {
        format!("{n:.0}")
    }
}
