//! Two documents of one group that tell one story write many of its
//! figures alike. A figure each writes exactly once, and the other too,
//! is a landmark: it says where the two texts stand at the same place of
//! the story. So within one article that tells a passage twice (a lede
//! and the body): a count it writes more than once, each figure tied to
//! the copy in its own sentence. Two figures one edit apart, neither
//! written in the other document, with the same landmark before them (or
//! after them) in both, stand at the same place: one is likely a slip of
//! the other, however short they are (`97 مقعدا` in one outlet, `87
//! مقعدا` in the other, each followed by both outlets' `82 مقعدا`).

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use super::amount::{Amount, Class};

/// How many amounts away from a figure its landmark is looked for: a
/// landmark further on says little of where the figure stands.
const REACH: usize = 24;

/// The landmarks of a group's amounts (every article's, each list in
/// text order, one after the other).
pub(crate) struct Landmarks<'a> {
    all: &'a [&'a Amount],
    /// How many times each article writes each value of each class.
    written: HashMap<(usize, Class, Decimal), usize>,
    /// The values of counts an article writes with what they count or
    /// their unit at least once (`4 مليار دولار` names `4 مليار`).
    named: HashSet<(usize, Decimal)>,
}

impl<'a> Landmarks<'a> {
    pub(crate) fn of(all: &'a [&'a Amount]) -> Landmarks<'a> {
        let mut written = HashMap::new();
        let mut named = HashSet::new();
        for a in all.iter().filter(|a| !a.alternative) {
            *written.entry((a.at.article, a.class, a.value.normalize())).or_default() += 1;
            if a.class == Class::Count && (a.key.is_some() || a.unit.is_some()) {
                named.insert((a.at.article, a.value.normalize()));
            }
        }
        Landmarks { all, written, named }
    }

    fn times(&self, article: usize, amount: &Amount) -> usize {
        self.written
            .get(&(article, amount.class, amount.value.normalize()))
            .copied()
            .unwrap_or(0)
    }

    /// Whether amount `i` is written in `other` too (elsewhere in it,
    /// where `other` is its own article).
    pub(crate) fn written_elsewhere(&self, i: usize, other: usize) -> bool {
        self.all.get(i).is_some_and(|a| {
            // An amount counts itself among its article's, unless it is
            // the other reading of a figure (not counted).
            let own = usize::from(a.at.article == other && !a.alternative);
            self.times(other, a) > own
        })
    }

    /// Whether amount `i` is a landmark between its article and `other`:
    /// written once in each, or more than once in its own where `other`
    /// is its own (a passage the article restates: a headline, a lede, a
    /// conclusion; each figure is then tied to the copy in its sentence).
    /// Within one article only a count whose noun or unit one of its
    /// copies names (`14,5 مليون سائح`, `4 مليار دولار`) marks a passage
    /// told again: a bare rate (`10 في المائة`) recurs in sentences built
    /// alike about other things.
    fn is_landmark(&self, i: usize, other: usize) -> bool {
        self.all.get(i).is_some_and(|a| {
            let own = a.at.article;
            !a.alternative
                && if own == other {
                    self.times(own, a) >= 2
                        && a.class == Class::Count
                        && self.named.contains(&(own, a.value.normalize()))
                } else {
                    self.times(own, a) == 1 && self.times(other, a) == 1
                }
        })
    }

    /// The nearest landmark before (`after` false) or after amount `i`,
    /// in its article, towards article `other`.
    fn nearest(&self, i: usize, other: usize, after: bool) -> Option<usize> {
        let article = self.all.get(i)?.at.article;
        let in_article = |j: &usize| self.all.get(*j).is_some_and(|a| a.at.article == article);
        let landmark = |j: &usize| self.is_landmark(*j, other);
        if after {
            (i + 1..self.all.len().min(i + 1 + REACH))
                .take_while(in_article)
                .find(landmark)
        } else {
            (i.saturating_sub(REACH)..i).rev().take_while(in_article).find(landmark)
        }
    }

    /// On how many sides (before, after) amounts `a` and `b` have the
    /// same nearest landmark: of two articles, or of two passages of one,
    /// each beside its own copy of the landmark, in the same order. Zero
    /// where either is written in the other's article (within one
    /// article: written there again): a figure written alike is no slip
    /// of another.
    pub(crate) fn sides(&self, a: usize, b: usize) -> u8 {
        self.aligned(a, b).iter().flatten().count() as u8
    }

    /// For each side (before, after), the landmark copies `a` and `b`
    /// share there, if they do.
    fn aligned(&self, a: usize, b: usize) -> [Option<(usize, usize)>; 2] {
        let (Some(x), Some(y)) = (self.all.get(a), self.all.get(b)) else {
            return [None, None];
        };
        let (of_a, of_b) = (x.at.article, y.at.article);
        if a == b || self.written_elsewhere(a, of_b) || self.written_elsewhere(b, of_a) {
            return [None, None];
        }
        // Within one article, each figure stands in the sentence of its
        // own copy, and the two copies in two sentences: two tellings of
        // one passage, not a series that repeats a value (`19,9 %, 6,8 %,
        // 20,5 %, 6,8 %`).
        let own_sentence = |figure: &Amount, landmark: &Amount| of_a != of_b || figure.sentence == landmark.sentence;
        let same = |p: Option<usize>, q: Option<usize>| match (p, q) {
            (Some(p), Some(q)) if p != q && (p < q) == (a < b) => {
                let agree = self.all.get(p).zip(self.all.get(q)).is_some_and(|(lp, lq)| {
                    lp.class == lq.class
                        && lp.value == lq.value
                        && copies_agree(lp, lq, of_a == of_b)
                        && own_sentence(x, lp)
                        && own_sentence(y, lq)
                        && (of_a != of_b || lp.sentence != lq.sentence)
                });
                agree.then_some((p, q))
            }
            _ => None,
        };
        [false, true].map(|after| same(self.nearest(a, of_b, after), self.nearest(b, of_a, after)))
    }

    /// How many pairs of figures the pair `a`, `b` could have been by
    /// chance: one where each stands as many figures from its copy of a
    /// shared landmark as the other (the two tellings line up figure by
    /// figure); else those between their landmarks on each side.
    pub(crate) fn confusable_pairs(&self, a: usize, b: usize) -> usize {
        let between = |from: usize, to: usize| {
            let (lo, hi) = if from < to { (from, to) } else { (to, from) };
            self.all
                .get(lo + 1..hi)
                .map_or(0, |run| run.iter().filter(|c| !c.alternative).count())
        };
        let in_step = self
            .aligned(a, b)
            .iter()
            .flatten()
            .any(|&(p, q)| between(p, a) == between(q, b));
        if in_step {
            1
        } else {
            self.confusable(a, b).saturating_mul(self.confusable(b, a))
        }
    }

    /// The amounts of `a`'s article between its landmarks towards `b`'s
    /// article, of `b`'s class and precision and not written there: the
    /// figures `b` could have been confused with.
    fn confusable(&self, a: usize, b: usize) -> usize {
        let (Some(x), Some(y)) = (self.all.get(a), self.all.get(b)) else {
            return 1;
        };
        let other = y.at.article;
        let from = self.nearest(a, other, false).map_or(a.saturating_sub(REACH), |p| p + 1);
        let to = self
            .nearest(a, other, true)
            .unwrap_or_else(|| a.saturating_add(REACH).saturating_add(1));
        (from..to.min(self.all.len()))
            .filter(|&j| {
                self.all.get(j).is_some_and(|c| {
                    c.at.article == x.at.article
                        && c.class == y.class
                        && c.precision == y.precision
                        && !c.alternative
                        && !self.written_elsewhere(j, other)
                })
            })
            .count()
            .max(1)
    }
}

/// Whether two copies of a value state it alike: no two nouns or units,
/// and no rise set against a fall. One copy may leave out what the other
/// says, except, within one article (`within`), where sentences are often
/// built alike, whether it is a change: a passage told again restates a
/// level as a level (`ارتفع الإنتاج إلى 12 ألف طن` and `انخفضت الواردات
/// بـ12 ألف طن` are two facts). Subjects are not compared: a passage told
/// again is worded anew (`بلغ عدد السياح`, `استقبل المغرب`).
fn copies_agree(p: &Amount, q: &Amount, within: bool) -> bool {
    // Nouns of two languages are never alike: there they say nothing.
    let keys_agree = p.french != q.french
        || p.key
            .as_deref()
            .zip(q.key.as_deref())
            .is_none_or(|(x, y)| super::quantity::same(x, y));
    let changes_agree = match within {
        true => p.change == q.change,
        false => p.change.zip(q.change).is_none_or(|(x, y)| x == y),
    };
    keys_agree && p.unit.zip(q.unit).is_none_or(|(x, y)| x == y) && changes_agree
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::FigureRef;

    fn amounts(values: &[(usize, i64)]) -> Vec<Amount> {
        values
            .iter()
            .enumerate()
            .map(|(n, &(article, v))| {
                let mut a = crate::discover::amount::bare(Decimal::from(v), Decimal::ONE);
                a.at = FigureRef { article, figure: n };
                a
            })
            .collect()
    }

    #[test]
    fn a_slip_between_landmarks_both_documents_share_is_aligned() {
        // One outlet: 97, 82, 78 seats; the other 87, 82, 78 after a count
        // of its own.
        let list = amounts(&[(0, 97), (0, 82), (0, 78), (1, 368), (1, 87), (1, 82), (1, 78)]);
        let all: Vec<&Amount> = list.iter().collect();
        let marks = Landmarks::of(&all);
        assert_eq!(marks.sides(0, 4), 1, "82 after both");
        // 82 is written alike in both: never a slip of another figure.
        assert_eq!(marks.sides(1, 4), 0);
        // 97 right before 82, 87 right before it too.
        assert_eq!(marks.confusable_pairs(0, 4), 1);
    }

    #[test]
    fn figures_at_other_places_of_the_story_are_not_aligned() {
        let list = amounts(&[(0, 97), (0, 82), (0, 78), (1, 82), (1, 78), (1, 87)]);
        let all: Vec<&Amount> = list.iter().collect();
        let marks = Landmarks::of(&all);
        assert_eq!(marks.sides(0, 5), 0);
    }

    #[test]
    fn a_passage_an_article_tells_twice_aligns_with_itself() {
        // 14.5 million and 34% in the lede, 14.5 million and 44% in the body.
        let mut list = amounts(&[(0, 145), (0, 34), (0, 9), (0, 145), (0, 44), (0, 12)]);
        for a in &mut list[3..] {
            a.sentence = 1;
        }
        for copy in [0, 3] {
            list[copy].key = Some("سائح".into());
        }
        let all: Vec<&Amount> = list.iter().collect();
        let marks = Landmarks::of(&all);
        assert_eq!(marks.sides(1, 4), 1);
        assert_eq!(marks.confusable_pairs(1, 4), 1);
        // 12 stands a figure further from its copy than 34 from its own.
        assert_eq!(marks.sides(1, 5), 1);
        assert_eq!(marks.confusable_pairs(1, 5), 2 * 2);
        // The landmark's own copies, and two figures beside one copy.
        assert_eq!(marks.sides(0, 3), 0);
        assert_eq!(marks.sides(1, 2), 0);
    }

    #[test]
    fn a_bare_rate_or_two_facts_of_one_value_are_no_landmark_within_an_article() {
        // `ارتفعت المبيعات 10 % … 23 %` and `انخفضت التكاليف 10 % … 24 %`.
        let mut list = amounts(&[(0, 10), (0, 23), (0, 10), (0, 24)]);
        for a in &mut list[2..] {
            a.sentence = 1;
        }
        let all: Vec<&Amount> = list.iter().collect();
        assert_eq!(Landmarks::of(&all).sides(1, 3), 0, "a bare figure");
        // Counts of a named quantity, but one a rise and one a fall.
        list[0].key = Some("طن".into());
        list[2].key = Some("طن".into());
        list[0].change = Some(crate::extract::Change::Rise);
        list[2].change = Some(crate::extract::Change::Fall);
        let all: Vec<&Amount> = list.iter().collect();
        assert_eq!(Landmarks::of(&all).sides(1, 3), 0, "a rise against a fall");
        list[2].change = Some(crate::extract::Change::Rise);
        let all: Vec<&Amount> = list.iter().collect();
        assert_eq!(Landmarks::of(&all).sides(1, 3), 1);
    }

    #[test]
    fn a_series_that_repeats_a_value_is_no_passage_told_twice() {
        // `30,5 %` in one sentence; `19,9 %, 6,8 %, 20,5 %, 6,8 %` in the next.
        let mut list = amounts(&[(0, 305), (0, 199), (0, 68), (0, 205), (0, 68)]);
        for a in &mut list[1..] {
            a.sentence = 1;
        }
        let all: Vec<&Amount> = list.iter().collect();
        let marks = Landmarks::of(&all);
        assert_eq!(marks.sides(0, 3), 0);
    }

    #[test]
    fn a_value_one_document_writes_twice_is_no_landmark_between_two() {
        let list = amounts(&[(0, 97), (0, 82), (1, 87), (1, 82), (1, 82)]);
        let all: Vec<&Amount> = list.iter().collect();
        let marks = Landmarks::of(&all);
        assert_eq!(marks.sides(0, 2), 0);
    }
}
