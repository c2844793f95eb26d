//! The real [`AccessAdmin`]: CreateAcls, DescribeAcls, DeleteAcls,
//! DescribeUserScramCredentials and AlterUserScramCredentials through
//! rdkafka-sys (the rdkafka crate wraps none of them), each one request
//! answered on an event queue, as IncrementalAlterConfigs in `topics_admin`.
//!
//! librdkafka 2.12 knows the resource types up to `transactional_id` and the
//! operations up to `idempotent_write`: ACLs on `delegation_token` or `user`
//! resources, and the `create_tokens`/`describe_tokens` operations, are
//! refused locally with a message saying so. Enum values read back from
//! librdkafka are read as plain integers (see [`raw`]), so a value newer than
//! the bindings is reported, never transmuted into a Rust enum.

use std::ffi::CString;
use std::os::raw::{c_char, c_int};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use rdkafka_sys as rd;
use rdkafka_sys::types::RDKafkaRespErr;

use super::topics_admin::{c_text, err_text, Owned};
use super::Admin;
use crate::domain::access::{Acl, Operation, PatternType, Permission, ResourceType};
use crate::ops::ports::{
    AccessAdmin, AclFilter, ScramAlteration, ScramCredential, ScramMechanism, ScramUser,
};

/// The accessors whose results are enums, declared again returning `c_int`:
/// a value outside the Rust enum of the bindings would be undefined
/// behaviour there.
mod raw {
    use std::os::raw::c_int;

    use rdkafka_sys as rd;

    #[allow(clashing_extern_declarations)]
    extern "C" {
        pub fn rd_kafka_AclBinding_restype(acl: *const rd::rd_kafka_AclBinding_t) -> c_int;
        pub fn rd_kafka_AclBinding_operation(acl: *const rd::rd_kafka_AclBinding_t) -> c_int;
        pub fn rd_kafka_AclBinding_permission_type(acl: *const rd::rd_kafka_AclBinding_t) -> c_int;
        pub fn rd_kafka_AclBinding_resource_pattern_type(
            acl: *const rd::rd_kafka_AclBinding_t,
        ) -> c_int;
        pub fn rd_kafka_ScramCredentialInfo_mechanism(
            info: *const rd::rd_kafka_ScramCredentialInfo_t,
        ) -> c_int;
    }
}

fn restype(t: Option<ResourceType>) -> Result<rd::rd_kafka_ResourceType_t, String> {
    use rd::rd_kafka_ResourceType_t::*;
    Ok(match t {
        None => RD_KAFKA_RESOURCE_ANY,
        Some(ResourceType::Topic) => RD_KAFKA_RESOURCE_TOPIC,
        Some(ResourceType::Group) => RD_KAFKA_RESOURCE_GROUP,
        Some(ResourceType::Cluster) => RD_KAFKA_RESOURCE_BROKER,
        Some(ResourceType::TransactionalId) => RD_KAFKA_RESOURCE_TRANSACTIONAL_ID,
        Some(t @ (ResourceType::DelegationToken | ResourceType::User)) => {
            return Err(format!(
                "librdkafka 2.12 (kctl's Kafka client) cannot express ACLs on {t} resources; \
                 use kafka-acls for these"
            ))
        }
    })
}

fn restype_from(v: c_int) -> Option<ResourceType> {
    Some(match v {
        2 => ResourceType::Topic,
        3 => ResourceType::Group,
        4 => ResourceType::Cluster,
        5 => ResourceType::TransactionalId,
        6 => ResourceType::DelegationToken,
        7 => ResourceType::User,
        _ => return None,
    })
}

fn operation(op: Option<Operation>) -> Result<rd::rd_kafka_AclOperation_t, String> {
    use rd::rd_kafka_AclOperation_t::*;
    Ok(match op {
        None => RD_KAFKA_ACL_OPERATION_ANY,
        Some(Operation::All) => RD_KAFKA_ACL_OPERATION_ALL,
        Some(Operation::Read) => RD_KAFKA_ACL_OPERATION_READ,
        Some(Operation::Write) => RD_KAFKA_ACL_OPERATION_WRITE,
        Some(Operation::Create) => RD_KAFKA_ACL_OPERATION_CREATE,
        Some(Operation::Delete) => RD_KAFKA_ACL_OPERATION_DELETE,
        Some(Operation::Alter) => RD_KAFKA_ACL_OPERATION_ALTER,
        Some(Operation::Describe) => RD_KAFKA_ACL_OPERATION_DESCRIBE,
        Some(Operation::ClusterAction) => RD_KAFKA_ACL_OPERATION_CLUSTER_ACTION,
        Some(Operation::DescribeConfigs) => RD_KAFKA_ACL_OPERATION_DESCRIBE_CONFIGS,
        Some(Operation::AlterConfigs) => RD_KAFKA_ACL_OPERATION_ALTER_CONFIGS,
        Some(Operation::IdempotentWrite) => RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE,
        Some(op @ (Operation::CreateTokens | Operation::DescribeTokens)) => {
            return Err(format!(
                "librdkafka 2.12 (kctl's Kafka client) cannot express the {op} operation; \
                 use kafka-acls for it"
            ))
        }
    })
}

fn operation_from(v: c_int) -> Option<Operation> {
    Some(match v {
        2 => Operation::All,
        3 => Operation::Read,
        4 => Operation::Write,
        5 => Operation::Create,
        6 => Operation::Delete,
        7 => Operation::Alter,
        8 => Operation::Describe,
        9 => Operation::ClusterAction,
        10 => Operation::DescribeConfigs,
        11 => Operation::AlterConfigs,
        12 => Operation::IdempotentWrite,
        13 => Operation::CreateTokens,
        14 => Operation::DescribeTokens,
        _ => return None,
    })
}

fn pattern(p: Option<PatternType>) -> rd::rd_kafka_ResourcePatternType_t {
    use rd::rd_kafka_ResourcePatternType_t::*;
    match p {
        None => RD_KAFKA_RESOURCE_PATTERN_ANY,
        Some(PatternType::Literal) => RD_KAFKA_RESOURCE_PATTERN_LITERAL,
        Some(PatternType::Prefixed) => RD_KAFKA_RESOURCE_PATTERN_PREFIXED,
    }
}

fn permission(p: Option<Permission>) -> rd::rd_kafka_AclPermissionType_t {
    use rd::rd_kafka_AclPermissionType_t::*;
    match p {
        None => RD_KAFKA_ACL_PERMISSION_TYPE_ANY,
        Some(Permission::Allow) => RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW,
        Some(Permission::Deny) => RD_KAFKA_ACL_PERMISSION_TYPE_DENY,
    }
}

fn mechanism(m: ScramMechanism) -> rd::rd_kafka_ScramMechanism_t {
    match m {
        ScramMechanism::Sha256 => rd::rd_kafka_ScramMechanism_t::RD_KAFKA_SCRAM_MECHANISM_SHA_256,
        ScramMechanism::Sha512 => rd::rd_kafka_ScramMechanism_t::RD_KAFKA_SCRAM_MECHANISM_SHA_512,
    }
}

fn cstring(what: &str, s: &str) -> Result<CString, String> {
    CString::new(s).map_err(|_| format!("{what} {s:?} contains NUL"))
}

fn opt_cstring(what: &str, s: Option<&str>) -> Result<Option<CString>, String> {
    s.map(|s| cstring(what, s)).transpose()
}

fn ptr_or_null(s: &Option<CString>) -> *const c_char {
    s.as_ref().map_or(std::ptr::null(), |c| c.as_ptr())
}

/// A binding (`exact`) or a filter, built by librdkafka and owned.
fn binding(f: &AclFilter, filter: bool) -> Result<Owned<rd::rd_kafka_AclBinding_t>, String> {
    let name = opt_cstring("resource name", f.name.as_deref())?;
    let principal = opt_cstring("principal", f.principal.as_deref())?;
    let host = opt_cstring("host", f.host.as_deref())?;
    let (t, op) = (restype(f.resource_type)?, operation(f.operation)?);
    let mut errstr = [0 as c_char; 512];
    // SAFETY: the strings are valid C strings or null (allowed for filters),
    // copied by librdkafka; `errstr` is writable for its length.
    let ptr = unsafe {
        let new = if filter {
            rd::rd_kafka_AclBindingFilter_new
        } else {
            rd::rd_kafka_AclBinding_new
        };
        new(
            t,
            ptr_or_null(&name),
            pattern(f.pattern),
            ptr_or_null(&principal),
            ptr_or_null(&host),
            op,
            permission(f.permission),
            errstr.as_mut_ptr(),
            errstr.len(),
        )
    };
    Owned::new(ptr, rd::rd_kafka_AclBinding_destroy).ok_or_else(|| {
        // SAFETY: librdkafka wrote a NUL-terminated message into `errstr`.
        unsafe { c_text(errstr.as_ptr()) }.unwrap_or_else(|| "invalid ACL".into())
    })
}

/// Reads one binding of a result.
///
/// # Safety
/// `b` must point to a live binding owned by a live event.
unsafe fn read_binding(b: *const rd::rd_kafka_AclBinding_t) -> Result<Acl> {
    let t = raw::rd_kafka_AclBinding_restype(b);
    let op = raw::rd_kafka_AclBinding_operation(b);
    let p = raw::rd_kafka_AclBinding_resource_pattern_type(b);
    let perm = raw::rd_kafka_AclBinding_permission_type(b);
    Ok(Acl {
        principal: c_text(rd::rd_kafka_AclBinding_principal(b)).unwrap_or_default(),
        resource_type: restype_from(t).ok_or_else(|| anyhow!("unknown ACL resource type {t}"))?,
        pattern: match p {
            3 => PatternType::Literal,
            4 => PatternType::Prefixed,
            _ => bail!("unknown ACL pattern type {p}"),
        },
        name: c_text(rd::rd_kafka_AclBinding_name(b)).unwrap_or_default(),
        operation: operation_from(op).ok_or_else(|| anyhow!("unknown ACL operation {op}"))?,
        permission: match perm {
            2 => Permission::Deny,
            3 => Permission::Allow,
            _ => bail!("unknown ACL permission type {perm}"),
        },
        host: c_text(rd::rd_kafka_AclBinding_host(b)).unwrap_or_default(),
    })
}

/// An ACL librdkafka could read, or `None` (with a warning) for one it
/// reports as unknown: librdkafka 2.12 turns the resource types
/// `delegation_token` and `user` into "unknown" while parsing.
fn known(acl: Result<Acl>) -> Option<Acl> {
    acl.map_err(|e| log::warn!("skipping an ACL kctl's Kafka client cannot read: {e}"))
        .ok()
}

/// The text of an error object, `None` when it is null or says "no error".
///
/// # Safety
/// `e` must be null or a live error object.
unsafe fn error_of(e: *const rd::rd_kafka_error_t) -> Option<String> {
    if e.is_null() || rd::rd_kafka_error_code(e) == RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
        return None;
    }
    Some(
        c_text(rd::rd_kafka_error_string(e))
            .unwrap_or_else(|| err_text(rd::rd_kafka_error_code(e))),
    )
}

/// What one DeleteAcls filter did: the ACLs deleted, or its error.
type Deleted = Result<Vec<Acl>, (RDKafkaRespErr, String)>;

/// How a request ended as a whole.
enum Answer {
    Event(Owned<rd::rd_kafka_event_t>),
    /// The broker answered with this error for the whole request.
    Error(RDKafkaRespErr, String),
}

/// Sends one admin request (`send` gets the options and the queue) and waits
/// for its result event. Blocks the calling thread.
fn request(
    client: &rdkafka::client::Client<super::KctlContext>,
    op: rd::rd_kafka_admin_op_t,
    expect: c_int,
    what: &str,
    timeout: Duration,
    send: impl FnOnce(*mut rd::rd_kafka_t, *mut rd::rd_kafka_AdminOptions_t, *mut rd::rd_kafka_queue_t),
) -> Result<Answer> {
    let rk = client.native_ptr();
    // SAFETY: `rk` is the live handle of `client`, borrowed for this call.
    let options = Owned::new(
        unsafe { rd::rd_kafka_AdminOptions_new(rk, op) },
        rd::rd_kafka_AdminOptions_destroy,
    )
    .ok_or_else(|| anyhow!("librdkafka could not allocate admin options"))?;
    let timeout_ms = timeout.as_millis().clamp(1, i32::MAX as u128) as c_int;
    let mut errstr = [0 as c_char; 512];
    // SAFETY: `options.ptr` is live; `errstr` is writable for its length.
    let code = unsafe {
        rd::rd_kafka_AdminOptions_set_request_timeout(
            options.ptr,
            timeout_ms,
            errstr.as_mut_ptr(),
            errstr.len(),
        )
    };
    if code != RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
        // SAFETY: librdkafka wrote a NUL-terminated message into `errstr`.
        let msg = unsafe { c_text(errstr.as_ptr()) }.unwrap_or_default();
        bail!("cannot set the request timeout: {msg}");
    }
    // SAFETY: `rk` is live; the queue is ours and destroyed on drop.
    let queue = Owned::new(
        unsafe { rd::rd_kafka_queue_new(rk) },
        rd::rd_kafka_queue_destroy,
    )
    .ok_or_else(|| anyhow!("librdkafka could not create an event queue"))?;
    send(rk, options.ptr, queue.ptr);
    let deadline = Instant::now() + timeout + Duration::from_secs(5);
    let event = loop {
        // SAFETY: `queue.ptr` is live; a returned event is ours to destroy.
        let ev = unsafe { rd::rd_kafka_queue_poll(queue.ptr, 200) };
        if let Some(ev) = Owned::new(ev, rd::rd_kafka_event_destroy) {
            break ev;
        }
        if Instant::now() > deadline {
            bail!(
                "no answer to {what} within {}",
                crate::domain::duration::format_millis(timeout.as_millis() as u64)
            );
        }
    };
    // SAFETY: `event.ptr` is a live event we own; strings are copied.
    unsafe {
        let kind = rd::rd_kafka_event_type(event.ptr);
        if kind != expect {
            bail!("unexpected librdkafka event type {kind} for {what}");
        }
        let code = rd::rd_kafka_event_error(event.ptr);
        if code != RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
            let msg = c_text(rd::rd_kafka_event_error_string(event.ptr))
                .unwrap_or_else(|| err_text(code));
            return Ok(Answer::Error(code, msg));
        }
    }
    Ok(Answer::Event(event))
}

/// "the cluster has no authorizer" is an answer for DescribeAcls, an error
/// for the others.
fn no_authorizer(code: RDKafkaRespErr) -> bool {
    code == RDKafkaRespErr::RD_KAFKA_RESP_ERR_SECURITY_DISABLED
}

fn whole_request_error(what: &str, code: RDKafkaRespErr, msg: String) -> anyhow::Error {
    if no_authorizer(code) {
        anyhow!("{what}: the cluster has no authorizer (authorizer.class.name is not set), so it holds no ACLs")
    } else {
        anyhow!("{what} failed: {msg}")
    }
}

impl Admin {
    /// Maps a failure of a whole request: with a transport error on record,
    /// the one-line "cannot reach" explanation; otherwise the error itself.
    fn explain(&self, e: anyhow::Error) -> anyhow::Error {
        match self.last_error() {
            Some(_) if !format!("{e}").contains("authoriz") => self.unreachable(e),
            _ => e,
        }
    }

    /// Whether the cluster has an authorizer. librdkafka 2.12 drops the
    /// error code of a DescribeAcls answer (its parser reads and discards
    /// it), so a cluster without an authorizer, or a refused DescribeAcls,
    /// would look like a cluster with no ACLs. DeleteAcls reports errors per
    /// filter: a filter for an empty resource name, which Kafka never
    /// accepts in an ACL, asks the question without matching anything.
    fn authorizer_enabled(&self) -> Result<bool> {
        let probe = AclFilter {
            principal: None,
            resource_type: Some(ResourceType::Topic),
            name: Some(String::new()),
            pattern: Some(PatternType::Literal),
            operation: None,
            permission: None,
            host: None,
        };
        match self.delete_acls_coded(&[probe])?.into_iter().next() {
            Some(Err((code, _))) if no_authorizer(code) => Ok(false),
            Some(Err((RDKafkaRespErr::RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED, msg))) => {
                bail!("not authorized to manage ACLs ({msg}): ACLs need Describe and Alter on the cluster")
            }
            Some(Err((_, msg))) => {
                bail!("DeleteAcls (asking whether the cluster has an authorizer) failed: {msg}")
            }
            Some(Ok(deleted)) if !deleted.is_empty() => {
                bail!(
                    "the authorizer probe matched {} ACL(s) with an empty name",
                    deleted.len()
                )
            }
            _ => Ok(true),
        }
    }

    fn describe_acls_blocking(&self, f: &AclFilter) -> Result<Option<Vec<Acl>>> {
        if !self.authorizer_enabled()? {
            return Ok(None);
        }
        let filter = binding(f, true).map_err(|e| anyhow!(e))?;
        let answer = request(
            self.raw(),
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBEACLS,
            rd::RD_KAFKA_EVENT_DESCRIBEACLS_RESULT,
            "DescribeAcls",
            self.timeout,
            // SAFETY: every pointer is live for the call; librdkafka copies
            // the filter and posts one event to the queue.
            |rk, opts, q| unsafe { rd::rd_kafka_DescribeAcls(rk, filter.ptr, opts, q) },
        )?;
        let event = match answer {
            Answer::Error(code, _) if no_authorizer(code) => return Ok(None),
            Answer::Error(code, msg) => return Err(whole_request_error("DescribeAcls", code, msg)),
            Answer::Event(ev) => ev,
        };
        let mut out = Vec::new();
        // SAFETY: the result and its bindings are owned by `event`, alive
        // until the end of this block.
        unsafe {
            let result = rd::rd_kafka_event_DescribeAcls_result(event.ptr);
            if result.is_null() {
                bail!("DescribeAcls: librdkafka returned no result");
            }
            let mut n = 0usize;
            let list = rd::rd_kafka_DescribeAcls_result_acls(result, &mut n);
            for i in 0..n {
                out.extend(known(read_binding(*list.add(i))));
            }
        }
        out.sort();
        Ok(Some(out))
    }

    fn create_acls_blocking(&self, acls: &[Acl]) -> Result<Vec<Result<(), String>>> {
        let mut results: Vec<Option<Result<(), String>>> = vec![None; acls.len()];
        let mut owned = Vec::new();
        let mut sent = Vec::new();
        for (i, acl) in acls.iter().enumerate() {
            match binding(&AclFilter::exact(acl), false) {
                Ok(b) => {
                    owned.push(b);
                    sent.push(i);
                }
                Err(e) => results[i] = Some(Err(e)),
            }
        }
        if !owned.is_empty() {
            let mut ptrs: Vec<*mut rd::rd_kafka_AclBinding_t> =
                owned.iter().map(|b| b.ptr).collect();
            let answer = request(
                self.raw(),
                rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_CREATEACLS,
                rd::RD_KAFKA_EVENT_CREATEACLS_RESULT,
                "CreateAcls",
                self.timeout,
                // SAFETY: the bindings live in `owned` for the call; librdkafka
                // copies them.
                |rk, opts, q| unsafe {
                    rd::rd_kafka_CreateAcls(rk, ptrs.as_mut_ptr(), ptrs.len(), opts, q)
                },
            )?;
            let event = match answer {
                Answer::Error(code, msg) => {
                    return Err(whole_request_error("CreateAcls", code, msg))
                }
                Answer::Event(ev) => ev,
            };
            // SAFETY: results are owned by `event`, alive in this block.
            unsafe {
                let result = rd::rd_kafka_event_CreateAcls_result(event.ptr);
                if result.is_null() {
                    bail!("CreateAcls: librdkafka returned no result");
                }
                let mut n = 0usize;
                let list = rd::rd_kafka_CreateAcls_result_acls(result, &mut n);
                // One result per binding, in the order sent.
                for (k, i) in sent.iter().enumerate() {
                    results[*i] = Some(if k < n {
                        match error_of(rd::rd_kafka_acl_result_error(*list.add(k))) {
                            None => Ok(()),
                            Some(e) => Err(e),
                        }
                    } else {
                        Err("the broker's answer did not mention this ACL".into())
                    });
                }
            }
        }
        Ok(results
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err("not sent".into())))
            .collect())
    }

    fn delete_acls_blocking(&self, filters: &[AclFilter]) -> Result<Vec<Result<Vec<Acl>, String>>> {
        Ok(self
            .delete_acls_coded(filters)?
            .into_iter()
            .map(|r| r.map_err(|(_, msg)| msg))
            .collect())
    }

    /// DeleteAcls, with each filter's error code.
    fn delete_acls_coded(&self, filters: &[AclFilter]) -> Result<Vec<Deleted>> {
        let mut results: Vec<Option<Deleted>> = vec![None; filters.len()];
        let mut owned = Vec::new();
        let mut sent = Vec::new();
        for (i, f) in filters.iter().enumerate() {
            match binding(f, true) {
                Ok(b) => {
                    owned.push(b);
                    sent.push(i);
                }
                Err(e) => {
                    results[i] = Some(Err((RDKafkaRespErr::RD_KAFKA_RESP_ERR__INVALID_ARG, e)))
                }
            }
        }
        if !owned.is_empty() {
            let mut ptrs: Vec<*mut rd::rd_kafka_AclBinding_t> =
                owned.iter().map(|b| b.ptr).collect();
            let answer = request(
                self.raw(),
                rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETEACLS,
                rd::RD_KAFKA_EVENT_DELETEACLS_RESULT,
                "DeleteAcls",
                self.timeout,
                // SAFETY: the filters live in `owned` for the call; librdkafka
                // copies them.
                |rk, opts, q| unsafe {
                    rd::rd_kafka_DeleteAcls(rk, ptrs.as_mut_ptr(), ptrs.len(), opts, q)
                },
            )?;
            let event = match answer {
                Answer::Error(code, msg) => {
                    return Err(whole_request_error("DeleteAcls", code, msg))
                }
                Answer::Event(ev) => ev,
            };
            // SAFETY: responses and bindings are owned by `event`.
            unsafe {
                let result = rd::rd_kafka_event_DeleteAcls_result(event.ptr);
                if result.is_null() {
                    bail!("DeleteAcls: librdkafka returned no result");
                }
                let mut n = 0usize;
                let list = rd::rd_kafka_DeleteAcls_result_responses(result, &mut n);
                for (k, i) in sent.iter().enumerate() {
                    results[*i] = Some(if k < n {
                        let resp = *list.add(k);
                        let err = rd::rd_kafka_DeleteAcls_result_response_error(resp);
                        match error_of(err) {
                            Some(e) => Err((rd::rd_kafka_error_code(err), e)),
                            None => {
                                let mut m = 0usize;
                                let acls = rd::rd_kafka_DeleteAcls_result_response_matching_acls(
                                    resp, &mut m,
                                );
                                Ok((0..m)
                                    .filter_map(|j| known(read_binding(*acls.add(j))))
                                    .collect())
                            }
                        }
                    } else {
                        Err((
                            RDKafkaRespErr::RD_KAFKA_RESP_ERR__BAD_MSG,
                            "the broker's answer did not mention this filter".into(),
                        ))
                    });
                }
            }
        }
        Ok(results
            .into_iter()
            .map(|r| {
                r.unwrap_or_else(|| {
                    Err((
                        RDKafkaRespErr::RD_KAFKA_RESP_ERR__INVALID_ARG,
                        "not sent".into(),
                    ))
                })
            })
            .collect())
    }

    fn describe_scram_blocking(&self, users: &[String]) -> Result<Vec<ScramUser>> {
        let names: Vec<CString> = users
            .iter()
            .map(|u| cstring("user name", u).map_err(|e| anyhow!(e)))
            .collect::<Result<_>>()?;
        let mut ptrs: Vec<*const c_char> = names.iter().map(|c| c.as_ptr()).collect();
        let answer = request(
            self.raw(),
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBEUSERSCRAMCREDENTIALS,
            rd::RD_KAFKA_EVENT_DESCRIBEUSERSCRAMCREDENTIALS_RESULT,
            "DescribeUserScramCredentials",
            self.timeout,
            // SAFETY: the names live in `names` for the call; librdkafka
            // copies them (none: every user).
            |rk, opts, q| unsafe {
                rd::rd_kafka_DescribeUserScramCredentials(
                    rk,
                    ptrs.as_mut_ptr(),
                    ptrs.len(),
                    opts,
                    q,
                )
            },
        )?;
        let event = match answer {
            Answer::Error(code, msg) => {
                return Err(whole_request_error(
                    "DescribeUserScramCredentials",
                    code,
                    msg,
                ))
            }
            Answer::Event(ev) => ev,
        };
        let mut out = Vec::new();
        // SAFETY: descriptions are owned by `event`.
        unsafe {
            let result = rd::rd_kafka_event_DescribeUserScramCredentials_result(event.ptr);
            if result.is_null() {
                bail!("DescribeUserScramCredentials: librdkafka returned no result");
            }
            let mut n = 0usize;
            let list =
                rd::rd_kafka_DescribeUserScramCredentials_result_descriptions(result, &mut n);
            for i in 0..n {
                let d = *list.add(i);
                let user = c_text(rd::rd_kafka_UserScramCredentialsDescription_user(d))
                    .unwrap_or_default();
                let err = rd::rd_kafka_UserScramCredentialsDescription_error(d);
                if !err.is_null()
                    && rd::rd_kafka_error_code(err)
                        == RDKafkaRespErr::RD_KAFKA_RESP_ERR_RESOURCE_NOT_FOUND
                {
                    continue;
                }
                if let Some(e) = error_of(err) {
                    bail!("user {user:?}: {e}");
                }
                let mut credentials = Vec::new();
                let m = rd::rd_kafka_UserScramCredentialsDescription_scramcredentialinfo_count(d);
                for j in 0..m {
                    let info =
                        rd::rd_kafka_UserScramCredentialsDescription_scramcredentialinfo(d, j);
                    let mechanism = match raw::rd_kafka_ScramCredentialInfo_mechanism(info) {
                        1 => ScramMechanism::Sha256,
                        2 => ScramMechanism::Sha512,
                        _ => continue,
                    };
                    credentials.push(ScramCredential {
                        mechanism,
                        iterations: rd::rd_kafka_ScramCredentialInfo_iterations(info),
                    });
                }
                credentials.sort_by_key(|c| c.mechanism);
                out.push(ScramUser { user, credentials });
            }
        }
        out.sort_by(|a, b| a.user.cmp(&b.user));
        Ok(out)
    }

    fn alter_scram_blocking(
        &self,
        changes: &[ScramAlteration<'_>],
    ) -> Result<Vec<Result<(), String>>> {
        let mut owned = Vec::with_capacity(changes.len());
        for c in changes {
            let ptr = match c {
                ScramAlteration::Upsert {
                    user,
                    mechanism: m,
                    iterations,
                    password,
                } => {
                    let name = cstring("user name", user).map_err(|e| anyhow!(e))?;
                    // SAFETY: `name` is a valid C string and `password` a
                    // byte slice of the given length; librdkafka copies both
                    // and salts the credential itself (null salt).
                    unsafe {
                        rd::rd_kafka_UserScramCredentialUpsertion_new(
                            name.as_ptr(),
                            mechanism(*m),
                            *iterations,
                            password.as_ptr(),
                            password.len(),
                            std::ptr::null(),
                            0,
                        )
                    }
                }
                ScramAlteration::Delete { user, mechanism: m } => {
                    let name = cstring("user name", user).map_err(|e| anyhow!(e))?;
                    // SAFETY: `name` is a valid C string, copied.
                    unsafe {
                        rd::rd_kafka_UserScramCredentialDeletion_new(name.as_ptr(), mechanism(*m))
                    }
                }
            };
            owned.push(
                Owned::new(ptr, rd::rd_kafka_UserScramCredentialAlteration_destroy)
                    .ok_or_else(|| anyhow!("librdkafka could not allocate a SCRAM alteration"))?,
            );
        }
        let mut ptrs: Vec<*mut rd::rd_kafka_UserScramCredentialAlteration_t> =
            owned.iter().map(|o| o.ptr).collect();
        let answer = request(
            self.raw(),
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_ALTERUSERSCRAMCREDENTIALS,
            rd::RD_KAFKA_EVENT_ALTERUSERSCRAMCREDENTIALS_RESULT,
            "AlterUserScramCredentials",
            self.timeout,
            // SAFETY: the alterations live in `owned` for the call;
            // librdkafka copies them.
            |rk, opts, q| unsafe {
                rd::rd_kafka_AlterUserScramCredentials(rk, ptrs.as_mut_ptr(), ptrs.len(), opts, q)
            },
        )?;
        let event = match answer {
            Answer::Error(code, msg) => {
                return Err(whole_request_error("AlterUserScramCredentials", code, msg))
            }
            Answer::Event(ev) => ev,
        };
        // Kafka answers per user, not per alteration.
        let mut by_user: Vec<(String, Result<(), String>)> = Vec::new();
        // SAFETY: responses are owned by `event`.
        unsafe {
            let result = rd::rd_kafka_event_AlterUserScramCredentials_result(event.ptr);
            if result.is_null() {
                bail!("AlterUserScramCredentials: librdkafka returned no result");
            }
            let mut n = 0usize;
            let list = rd::rd_kafka_AlterUserScramCredentials_result_responses(result, &mut n);
            for i in 0..n {
                let r = *list.add(i);
                let user = c_text(rd::rd_kafka_AlterUserScramCredentials_result_response_user(
                    r,
                ))
                .unwrap_or_default();
                let outcome =
                    match error_of(rd::rd_kafka_AlterUserScramCredentials_result_response_error(r))
                    {
                        None => Ok(()),
                        Some(e) => Err(e),
                    };
                by_user.push((user, outcome));
            }
        }
        Ok(changes
            .iter()
            .map(|c| {
                let user = match c {
                    ScramAlteration::Upsert { user, .. } | ScramAlteration::Delete { user, .. } => {
                        *user
                    }
                };
                by_user
                    .iter()
                    .find(|(u, _)| u == user)
                    .map(|(_, r)| r.clone())
                    .unwrap_or_else(|| Err("the broker's answer did not mention this user".into()))
            })
            .collect())
    }
}

impl AccessAdmin for Admin {
    async fn describe_acls(&self, filter: &AclFilter) -> Result<Option<Vec<Acl>>> {
        tokio::task::block_in_place(|| self.describe_acls_blocking(filter))
            .map_err(|e| self.explain(e))
    }

    async fn create_acls(&self, acls: &[Acl]) -> Result<Vec<Result<(), String>>> {
        if acls.is_empty() {
            return Ok(Vec::new());
        }
        tokio::task::block_in_place(|| self.create_acls_blocking(acls)).map_err(|e| self.explain(e))
    }

    async fn delete_acls(&self, filters: &[AclFilter]) -> Result<Vec<Result<Vec<Acl>, String>>> {
        if filters.is_empty() {
            return Ok(Vec::new());
        }
        tokio::task::block_in_place(|| self.delete_acls_blocking(filters))
            .map_err(|e| self.explain(e))
    }

    async fn describe_scram(&self, users: &[String]) -> Result<Vec<ScramUser>> {
        tokio::task::block_in_place(|| self.describe_scram_blocking(users))
            .map_err(|e| self.explain(e))
    }

    async fn alter_scram(
        &self,
        changes: &[ScramAlteration<'_>],
    ) -> Result<Vec<Result<(), String>>> {
        if changes.is_empty() {
            return Ok(Vec::new());
        }
        tokio::task::block_in_place(|| self.alter_scram_blocking(changes))
            .map_err(|e| self.explain(e))
            .with_context(|| "changing SCRAM credentials")
    }
}
