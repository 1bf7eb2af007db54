//! Step 5 of the pipeline: reports. Reports read figures and positions
//! handed to them; they never re-read a document or re-parse a number.

pub mod cells;
pub mod csv_report;
pub mod figures;
pub mod github;
pub mod html_report;
pub mod human;
pub mod json_array;
pub mod json_report;
pub mod machine;
pub mod output;
pub mod rows;
pub mod sarif_report;
pub mod spool;
mod temp_file;
pub mod xlsx_report;

pub use crate::text::wording::counted;

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(super::counted(1, "rule", "rules"), "1 rule");
        assert_eq!(super::counted(0, "rule", "rules"), "0 rules");
        assert_eq!(super::counted(2, "warning", "warnings"), "2 warnings");
    }
}
