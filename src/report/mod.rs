//! Step 5 of the pipeline: reports. Reports read figures and positions
//! handed to them; they never re-read a document or re-parse a number.

pub mod cells;
pub mod figures;
pub mod human;
