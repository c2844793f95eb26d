//! The ports: every trait through which `ops` reaches Kafka, the Schema
//! Registry and the terminal, with the plain values they exchange. `ops` owns
//! them; `kafka/` and `registry/` implement the ones that reach a service,
//! `output/` the ones that reach the terminal. Adapters import `ops::ports`
//! and nothing else of `ops`.

mod acls;
mod groups;
mod produce;
mod records;
mod registry;
mod replay;
mod terminal;
mod topics;

pub use acls::*;
pub use groups::*;
pub use produce::*;
pub use records::*;
pub use registry::*;
pub use replay::*;
pub use terminal::*;
pub use topics::*;
