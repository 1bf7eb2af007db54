//! What a table's cell counts (SPEC §7.3): a cell holds a number and
//! nothing after it, so its noun is read from its labels. Of the row's
//! label and the column's header, the one that is not a year names the
//! quantity (`سندات الإقامة للأجانب` / `2025`, or `2025` / `عدد الزوار`);
//! its first word that is no function word or number is the noun, folded
//! as a prose noun is.

use super::figure::{noun_form, Figure};
use super::lexicon::{lexicon, WordList};
use crate::text::Document;

/// The noun a figure counts: the word after it in prose, its labels' in
/// a table cell.
pub fn figure_noun(document: &Document, figure: &Figure) -> Option<String> {
    figure.noun(document.text()).or_else(|| {
        let cell = document.cell_at(figure.span.start)?;
        label_noun(cell.row_label, cell.column_label)
    })
}

/// Whether a word says how a quantity is measured rather than what is
/// counted (`عدد`, `قيمة`, `nombre`, `montant`): the noun after it names
/// the quantity (`12.1 مليون عدد الأجانب`).
pub fn is_label_head(word: &str) -> bool {
    lexicon().is(WordList::LabelHeads, &noun_form(word))
}

/// The noun of a cell with these labels: the row's first, then the
/// column's.
pub(crate) fn label_noun(row: Option<&str>, column: Option<&str>) -> Option<String> {
    [row, column].into_iter().flatten().find_map(first_noun)
}

fn first_noun(label: &str) -> Option<String> {
    let lexicon = lexicon();
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        // A label with a digit (`2025`, `T1 2024`) names a period or a
        // code, not what is counted.
        .take_while(|word| !word.chars().any(char::is_numeric))
        .filter(|word| !lexicon.is_function_word(word))
        .collect();
    // `عدد الزوار`, `Nombre de visas`: the head says how, the next word
    // what; a head alone (`المجموع`) is all the label says.
    let counted = match words.split_first() {
        Some((head, rest)) if !rest.is_empty() && is_label_head(head) => rest,
        _ => &words[..],
    };
    counted
        .iter()
        .map(|word| noun_form(word))
        .find(|noun| noun.chars().count() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_row_label_names_what_a_cell_counts() {
        assert_eq!(
            label_noun(Some("سندات الإقامة للأجانب"), Some("2025")).as_deref(),
            Some("سندات")
        );
        assert_eq!(
            label_noun(Some("البطاقات المنجزة لفائدة أفراد الجالية"), Some("2024")).as_deref(),
            Some("بطاقات")
        );
    }

    #[test]
    fn a_year_row_leaves_the_noun_to_the_column() {
        assert_eq!(label_noun(Some("2025"), Some("عدد الزوار")).as_deref(), Some("زوار"));
        assert_eq!(
            label_noun(Some("2023"), Some("Nombre de visas")).as_deref(),
            Some("visas")
        );
        assert_eq!(label_noun(Some("المجموع"), Some("2023")).as_deref(), Some("مجموع"));
    }

    #[test]
    fn function_words_and_numbers_are_no_nouns() {
        // Folded as a prose noun is (accents dropped).
        assert_eq!(label_noun(Some("de la région"), None).as_deref(), Some("region"));
        assert_eq!(label_noun(Some("2025"), Some("2024")), None);
        assert_eq!(label_noun(None, None), None);
    }
}
