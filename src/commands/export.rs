//! `kctl export`: the live topics, schemas and ACLs written as a kctl project,
//! the first step of adopting an existing cluster. Exits 4 when something
//! live could not be expressed (each listed on stderr).

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Context as _, Result};

use super::Ctx;
use crate::cli::ExportArgs;
use crate::domain::export::{self, Selection, Source};
use crate::domain::model::TopicMeta;
use crate::exit::{CodedError, Outcome};
use crate::kafka::Admin;
use crate::ops::export as ops;
use crate::ops::ports::{AccessAdmin, AclFilter};
use crate::output::{self, export as view};
use crate::registry::Registry;

pub async fn run(ctx: &Ctx, args: ExportArgs) -> Result<Outcome> {
    let regex = |flag: &str, p: &Option<String>| -> Result<Option<regex::Regex>> {
        p.as_deref()
            .map(|p| {
                Selection::anchored(p)
                    .map_err(|e| CodedError::usage(format!("{flag} {p:?}: invalid regex: {e}")))
            })
            .transpose()
    };
    let selection = Selection {
        topics: regex("--topics", &args.topics)?,
        subjects: regex("--subjects", &args.subjects)?,
        include_internal: args.include_internal,
    };
    let settings = ctx.settings()?;
    let admin = Admin::connect(&settings)?;
    let info = admin.cluster_info().await?;
    let mut topics = ops::gather_topics(&admin, &selection).await?;
    if topics.is_empty() {
        // topics.yaml declares at least one topic; an empty export would not
        // parse, and schemas bind through topics.
        anyhow::bail!(
            "no topic to export: {}; nothing was written",
            match &args.topics {
                Some(r) => format!("none matches --topics {r:?}"),
                None if args.include_internal => "the cluster has none".to_string(),
                None => "the cluster has none but internal ones (--include-internal)".to_string(),
            }
        );
    }
    // Replica counts per partition: only full metadata has them.
    let meta: BTreeMap<String, TopicMeta> = admin
        .metadata(None)
        .await?
        .into_iter()
        .map(|t| (t.name.clone(), t))
        .collect();
    for t in topics.iter_mut() {
        if let Some(m) = meta.get(&t.name) {
            t.replica_counts = m
                .partitions
                .iter()
                .map(|p| p.replicas.len() as i32)
                .collect();
        }
    }
    let with_schemas = !args.stdout && !args.no_schemas;
    let schemas = if with_schemas {
        let registry = Registry::new(&settings.registry, settings.timeout);
        let names: BTreeSet<String> = topics.iter().map(|t| t.name.clone()).collect();
        Some(
            ops::gather_schemas(&registry, &selection, &names, args.all_versions)
                .await
                .context("reading the Schema Registry (--no-schemas exports topics only)")?,
        )
    } else {
        None
    };
    let acls = if args.no_acls {
        None
    } else {
        let acls = admin
            .describe_acls(&AclFilter::default())
            .await
            .context("reading the ACLs (--no-acls leaves them out)")?;
        if acls.is_none() {
            output::status("the cluster has no authorizer: there are no ACLs to export");
        }
        acls
    };
    let source = Source {
        bootstrap: settings.bootstrap_servers.clone(),
        cluster_id: info.cluster_id,
        context: settings.context.clone(),
        registry: with_schemas.then(|| settings.registry.url.clone()),
        exported_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    let project = export::export(&topics, schemas.as_ref(), acls.as_deref(), &source)
        .map_err(anyhow::Error::msg)?;
    if args.stdout {
        output::stdout_text(&project.topics_yaml)?;
        view::report(&project, None, &[]);
    } else {
        // clap requires --dir without --stdout.
        let dir = args
            .dir
            .as_deref()
            .ok_or_else(|| CodedError::usage("--dir DIR or --stdout is required"))?;
        let strays = ops::write_project(dir, &project, args.force)?;
        view::report(&project, Some(dir), &strays);
    }
    Ok(if project.omissions.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Partial
    })
}
