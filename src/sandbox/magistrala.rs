//! Magistrala v0.30: configs with their own ids and a status, device
//! profiles rendered per device, and enrollments.

use super::route::Endpoint;
use super::{Mgmt, PathId, Resp, Sandbox};

/// The tables of v0.30.
#[derive(Default)]
pub struct Tables {}

impl Sandbox {
    /// Serves an endpoint of v0.30.
    pub(super) fn magistrala(&self, _endpoint: Endpoint, _m: &Mgmt, _id: &PathId) -> Resp {
        super::not_found()
    }
}
