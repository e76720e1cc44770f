//! Share links: a proposal or a profile carried in a URL fragment, which browsers never send to
//! a server. The fragment is `proposal.1.DATA` or `profile.1.DATA`: a kind, the format version,
//! and the item's JSON, its empty fields left out, deflated (raw deflate, level 9) and written
//! in base64url. Deflate roughly halves a typical draft, which decides whether a link fits a QR
//! code; miniz_oxide does it in pure Rust for the browser build.
//!
//! Opening a link checks it like a file import: a hostile or truncated fragment is a typed
//! error, never a panic, and its size is capped before inflating, so that a small fragment
//! cannot expand into gigabytes.

use serde::Deserialize;
use serde_json::Value;
use thiserror::Error;

use super::base64url::{self, Base64Error};
use super::check::check_profile;
use super::problems::{ProblemKind, Problems};
use super::profile::Profile;
use crate::data::Catalog;
use crate::proposals::Proposal;
use crate::records::{self, Record};

/// The longest fragment read: well past what a QR code holds, far below what hurts.
pub const MAX_FRAGMENT: usize = 64 * 1024;
/// The most JSON a fragment may inflate to.
pub const MAX_INFLATED: usize = 512 * 1024;

const VERSION: &str = "1";

/// What a link carries.
#[derive(Debug, Clone, PartialEq)]
pub enum Shared {
    Proposal(Proposal),
    Profile(Profile),
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShareError {
    #[error("the link is {chars} characters long; share links are at most {MAX_FRAGMENT}")]
    TooLong { chars: usize },
    #[error("this link does not carry a Passerelle proposal or profile")]
    Foreign,
    #[error("the link was made by a newer Passerelle (format version {0}); reload the app to update it, then open the link again")]
    NewerVersion(String),
    #[error("the link is damaged at character {0}; ask for it again")]
    Damaged(usize),
    #[error("the link is cut short; copy all of it, or ask for it again")]
    Truncated,
    #[error("the link's content unpacks to more than {MAX_INFLATED} bytes")]
    TooLarge,
    #[error("the link's content is not readable: {0}")]
    Unreadable(String),
    #[error("the link's content has {} problem(s); the first is {}", .0.list.len() + .0.more, .0.list.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Problems),
}

/// The fragment (without `#`) that carries `shared`.
pub fn encode(shared: &Shared) -> String {
    match shared {
        Shared::Proposal(p) => encode_proposal(p),
        Shared::Profile(p) => encode_profile(p),
    }
}

/// The fragment that carries `profile`. Apart from [`encode`], so that each page carries the
/// code of the one kind it shares: profiles on the Contribute page, proposals in the Workspace.
pub fn encode_profile(profile: &Profile) -> String {
    pack("profile", serde_json::to_string(profile))
}

/// The fragment that carries `proposal`; see [`encode_profile`].
pub fn encode_proposal(proposal: &Proposal) -> String {
    pack("proposal", serde_json::to_string(proposal))
}

/// Through JSON text and a parsed value, which the pages already read and write records with:
/// serialising into a `Value` directly would add a serializer of each model to their download.
fn pack(kind: &str, json: Result<String, serde_json::Error>) -> String {
    let value: Value = json
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(prune(value).to_string().as_bytes(), 9);
    format!("{kind}.{VERSION}.{}", base64url::encode(&packed))
}

/// Leaves out top-level fields that are empty: the models read them back as their defaults, and
/// a required field left empty is refused either way.
fn prune(mut value: Value) -> Value {
    if let Some(object) = value.as_object_mut() {
        object.retain(|_, v| match v {
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Array(a) => !a.is_empty(),
            _ => true,
        });
    }
    value
}

/// The proposal or profile a fragment carries, checked against the dataset like a file import.
/// A leading `#` is allowed.
pub fn decode(fragment: &str, catalog: &Catalog) -> Result<Shared, ShareError> {
    let (kind, value) = unpack(fragment)?;
    if kind == "proposal" {
        read_proposal(&value, catalog).map(Shared::Proposal)
    } else {
        read_profile(&value, catalog).map(Shared::Profile)
    }
}

/// The profile a fragment carries, checked like [`decode`]; a proposal's fragment is
/// [`ShareError::Foreign`] here. Apart from [`decode`] for the same reason as
/// [`encode_profile`].
pub fn decode_profile(fragment: &str, catalog: &Catalog) -> Result<Profile, ShareError> {
    match unpack(fragment)? {
        ("profile", value) => read_profile(&value, catalog),
        _ => Err(ShareError::Foreign),
    }
}

/// The proposal a fragment carries; see [`decode_profile`].
pub fn decode_proposal(fragment: &str, catalog: &Catalog) -> Result<Proposal, ShareError> {
    match unpack(fragment)? {
        ("proposal", value) => read_proposal(&value, catalog),
        _ => Err(ShareError::Foreign),
    }
}

/// The kind and the JSON a fragment carries, its size capped before and after inflating.
fn unpack(fragment: &str) -> Result<(&str, Value), ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong {
            chars: fragment.len(),
        });
    }
    let mut parts = fragment.splitn(3, '.');
    let (Some(kind), Some(version), Some(data)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(ShareError::Foreign);
    };
    if !matches!(kind, "proposal" | "profile") {
        return Err(ShareError::Foreign);
    }
    if version != VERSION {
        return match version.parse::<u32>() {
            Ok(v) if v > 1 => Err(ShareError::NewerVersion(v.to_string())),
            _ => Err(ShareError::Foreign),
        };
    }
    let offset = kind.len() + version.len() + 2;
    let packed = base64url::decode(data).map_err(|e| match e {
        Base64Error::Character(at) => ShareError::Damaged(offset + at),
        Base64Error::Length => ShareError::Truncated,
    })?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
                miniz_oxide::inflate::TINFLStatus::FailedCannotMakeProgress => {
                    ShareError::Truncated
                }
                _ => ShareError::Damaged(offset),
            }
        })?;
    let value = serde_json::from_slice(&json).map_err(|e| ShareError::Unreadable(e.to_string()))?;
    Ok((kind, value))
}

/// Through the records reader, as the Workspace reads stored proposals: its problems are typed
/// and located, and the page carries no second deserializer of proposals.
fn read_proposal(value: &Value, catalog: &Catalog) -> Result<Proposal, ShareError> {
    let at = records::problems::Path::default().field("proposal");
    let mut problems = Problems::default();
    let located = |problems: &mut Problems, problem: records::problems::Problem| {
        problems.push(
            problem.path.to_string(),
            ProblemKind::Proposal(problem.kind),
        );
    };
    let proposal: Proposal = match records::reader::read(value, &at) {
        Ok(proposal) => proposal,
        Err(problem) => {
            located(&mut problems, problem);
            return Err(ShareError::Invalid(problems));
        }
    };
    let mut found = records::problems::Problems::default();
    proposal.check(Some(catalog), &at, &mut found);
    for problem in found.shown {
        located(&mut problems, problem);
    }
    checked(proposal, problems)
}

fn read_profile(value: &Value, catalog: &Catalog) -> Result<Profile, ShareError> {
    let profile = Profile::deserialize(value).map_err(shape)?;
    let mut problems = Problems::default();
    check_profile(&profile, catalog, "profile", &mut problems);
    checked(profile, problems)
}

fn checked<T>(item: T, problems: Problems) -> Result<T, ShareError> {
    if problems.is_empty() {
        Ok(item)
    } else {
        Err(ShareError::Invalid(problems))
    }
}

fn shape(error: serde_json::Error) -> ShareError {
    let mut problems = Problems::default();
    let message: String = error.to_string().chars().take(200).collect();
    problems.push("/", ProblemKind::Shape(message));
    ShareError::Invalid(problems)
}
