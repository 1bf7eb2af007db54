//! Step 5 of the pipeline: reports. Reports read figures and positions
//! handed to them; they never re-read a document or re-parse a number.

pub(crate) mod cells;
pub(crate) mod csv_report;
pub mod figures;
pub(crate) mod github;
pub(crate) mod html_report;
pub(crate) mod html_split;
pub mod human;
pub(crate) mod json_array;
pub(crate) mod json_report;
pub(crate) mod machine;
pub(crate) mod output;
pub(crate) mod rows;
pub(crate) mod sarif_report;
pub(crate) mod spool;
mod temp_file;
pub(crate) mod xlsx_report;

pub(crate) use crate::text::wording::counted;

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(super::counted(1, "rule", "rules"), "1 rule");
        assert_eq!(super::counted(0, "rule", "rules"), "0 rules");
        assert_eq!(super::counted(2, "warning", "warnings"), "2 warnings");
    }
}
