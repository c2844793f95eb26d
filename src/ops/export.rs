//! `kctl export`: gather what the cluster and the registry hold, through the
//! ports, and write the project the domain renders
//! ([`crate::domain::export`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context as _, Result};

use crate::domain::export::{LiveSchemas, LiveSubject, LiveTopic, Project, Selection};
use crate::ops::ports::{RegistryError, SchemaRegistry, TopicAdmin};

/// The selected topics with their configs: one Metadata request, then
/// DescribeConfigs for the selected topics (batched by the adapter).
pub async fn gather_topics<A: TopicAdmin>(
    admin: &A,
    selection: &Selection,
) -> Result<Vec<LiveTopic>> {
    let all = admin.cluster_state(&[]).await?;
    let names: Vec<&str> = all
        .topics
        .keys()
        .map(String::as_str)
        .filter(|n| selection.topic(n))
        .collect();
    let state = admin.cluster_state(&names).await?;
    Ok(state
        .topics
        .into_iter()
        .filter(|(n, _)| names.contains(&n.as_str()))
        .map(|(name, t)| LiveTopic {
            name,
            partitions: t.partitions,
            replication_factor: t.replication_factor,
            configs: t.configs,
            replica_counts: BTreeSet::from([t.replication_factor]),
        })
        .collect())
}

/// The selected subjects (latest versions, earlier ones with
/// `all_versions`), every subject they reference, transitively, and the
/// levels.
pub async fn gather_schemas<R: SchemaRegistry>(
    registry: &R,
    selection: &Selection,
    topics: &BTreeSet<String>,
    all_versions: bool,
) -> Result<LiveSchemas> {
    let global_level = registry.compatibility_level(None).await?;
    let mut out = LiveSchemas {
        global_level,
        ..LiveSchemas::default()
    };
    let mut queue: Vec<String> = Vec::new();
    for s in registry.subjects().await? {
        if selection.subject(&s, topics) {
            out.chosen.insert(s.clone());
            queue.push(s);
        }
    }
    queue.reverse();
    while let Some(name) = queue.pop() {
        if out.subjects.contains_key(&name) || out.missing.contains_key(&name) {
            continue;
        }
        let at = |e: RegistryError| anyhow!("subject {name:?}: {e}");
        let latest = match registry.version(&name, "latest").await {
            Ok(v) => v,
            Err(
                e @ (RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }),
            ) => {
                // Deleted since it was listed: it is no longer live, unless
                // something references it.
                if !out.chosen.remove(&name) {
                    out.missing.insert(name, e.to_string());
                }
                continue;
            }
            Err(e) => return Err(at(e)),
        };
        let own_level = registry.own_compatibility_level(&name).await.map_err(at)?;
        let mut history = Vec::new();
        if all_versions {
            for v in registry.versions(&name).await.map_err(at)? {
                if v != latest.version {
                    let old = registry.version(&name, &v.to_string()).await.map_err(at)?;
                    history.push((v, old.schema));
                }
            }
        }
        for r in &latest.references {
            queue.push(r.subject.clone());
        }
        out.subjects.insert(
            name.clone(),
            LiveSubject {
                subject: name,
                version: latest.version,
                schema_type: latest.schema_type.unwrap_or_else(|| "AVRO".into()),
                schema: latest.schema,
                references: latest.references,
                own_level,
                history,
            },
        );
    }
    Ok(out)
}

/// Every file the project writes, relative to its directory.
pub fn paths(project: &Project, topics_file: &str) -> Vec<PathBuf> {
    std::iter::once(PathBuf::from(topics_file))
        .chain(project.files.iter().map(|(p, _)| p.clone()))
        .collect()
}

/// Writes the project under `dir`. Without `force`, refuses (before writing
/// anything) when one of its files exists. Returns `.avsc`, `.json` and
/// `.proto` files already in the schema directory that this export did not
/// write: `plan` reads them too, so the caller warns about them.
pub fn write_project(dir: &Path, project: &Project, force: bool) -> Result<Vec<PathBuf>> {
    let targets = paths(project, "topics.yaml");
    if !force {
        let existing: Vec<String> = targets
            .iter()
            .filter(|p| dir.join(p).exists())
            .map(|p| dir.join(p).display().to_string())
            .collect();
        if !existing.is_empty() {
            return Err(anyhow!(
                "{} already exist{} ({}); nothing was written (--force overwrites)",
                if existing.len() == 1 {
                    "a file"
                } else {
                    "files"
                },
                if existing.len() == 1 { "s" } else { "" },
                existing
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
                    + if existing.len() > 3 { ", ..." } else { "" }
            ));
        }
    }
    let mut contents: BTreeMap<&Path, &str> = BTreeMap::new();
    contents.insert(Path::new("topics.yaml"), &project.topics_yaml);
    for (p, text) in &project.files {
        contents.insert(p, text);
    }
    for (rel, text) in contents {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create directory {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let written: BTreeSet<PathBuf> = targets.into_iter().collect();
    let schema_dir = dir.join(crate::domain::export::SCHEMA_DIR);
    let mut strays = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&schema_dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.extension()
                .is_some_and(|x| x == "avsc" || x == "json" || x == "proto")
            {
                let rel = Path::new(crate::domain::export::SCHEMA_DIR).join(e.file_name());
                if !written.contains(&rel) {
                    strays.push(p);
                }
            }
        }
    }
    strays.sort();
    Ok(strays)
}
