//! The integration suite: one binary, run by `cargo test`.

#[macro_use]
mod harness_macros {
    /// Runs each named test against a sandbox of every API generation.
    macro_rules! in_every_generation {
        ($($name:ident),* $(,)?) => {
            $(
                mod $name {
                    #[test]
                    fn v1() {
                        super::$name("v1")
                    }
                    #[test]
                    fn domain() {
                        super::$name("domain")
                    }
                    #[test]
                    fn clients() {
                        super::$name("clients")
                    }
                    #[test]
                    fn clients_typed() {
                        super::$name("clients-typed")
                    }
                }
            )*
        };
    }
}

mod harness;
mod login;
mod properties;

mod bulk;
mod conformance;
mod corpus;
mod crypto_vectors;
mod device;
mod docs;
mod e2e;
mod errors;
mod generations;
mod gourl;
mod magistrala;
mod matrix;
mod operators;
mod secrets;
mod tls;
mod trust;
