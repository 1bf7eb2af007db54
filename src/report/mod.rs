//! Step 5 of the pipeline: reports.
