//! kctl's fuzz checks as a library for the fuzz targets (see checks.rs).

pub mod checks;
