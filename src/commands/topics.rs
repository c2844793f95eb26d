//! `kctl topics list` and `kctl topics describe`.

use std::collections::HashMap;

use anyhow::{anyhow, Context as _, Result};
use regex::Regex;

use super::Ctx;
use crate::cli::{TopicsCommand, TopicsDescribeArgs, TopicsListArgs};
use crate::domain::groups::TopicPartition;
use crate::domain::inventory::{self, LogDirs, PartitionDepth, Watermarks};
use crate::domain::model::TopicMeta;
use crate::domain::suggest;
use crate::exit::Outcome;
use crate::kafka::groups::GroupsClient;
use crate::ops::ports::{GroupsApi, OffsetSpec};
use crate::output::{self, topics as view};

pub async fn run(ctx: &Ctx, cmd: TopicsCommand) -> Result<Outcome> {
    match cmd {
        TopicsCommand::List(args) => list(ctx, args).await,
        TopicsCommand::Describe(args) => describe(ctx, args).await,
        TopicsCommand::Create(args) => super::topics_edit::create(ctx, args).await,
        TopicsCommand::Delete(args) => super::topics_edit::delete(ctx, args).await,
        TopicsCommand::AlterConfig(args) => super::topics_edit::alter_config(ctx, args).await,
    }
}

fn regex(pattern: &str) -> Result<Regex> {
    Regex::new(pattern).map_err(|e| anyhow!("invalid regex {pattern:?}: {e}"))
}

async fn list(ctx: &Ctx, args: TopicsListArgs) -> Result<Outcome> {
    let filter = args.pattern.as_deref().map(regex).transpose()?;
    let client = GroupsClient::new(ctx.admin()?);
    let mut topics = client.admin().metadata(None).await?;
    topics.retain(|t| args.all || !t.is_internal());
    topics.retain(|t| filter.as_ref().is_none_or(|r| r.is_match(&t.name)));
    topics.sort_by(|a, b| a.name.cmp(&b.name));
    let depth = if args.sizes {
        Some(depths(&client, &topics).await?)
    } else {
        None
    };
    let rows: Vec<view::TopicRow> = topics
        .iter()
        .map(|t| {
            let (messages, size_bytes) = depth
                .as_ref()
                .and_then(|d| d.get(&t.name))
                .map_or((None, None), |p| inventory::totals(p));
            view::TopicRow {
                name: t.name.clone(),
                partitions: t.partitions.len(),
                replication_factor: t.replication_factor(),
                messages,
                size_bytes,
            }
        })
        .collect();
    output::render(args.output.format, &rows, || {
        view::list_text(&rows, args.sizes)
    })?;
    Ok(Outcome::Ok)
}

async fn describe(ctx: &Ctx, args: TopicsDescribeArgs) -> Result<Outcome> {
    let client = GroupsClient::new(ctx.admin()?);
    let admin = client.admin();
    let all = admin.metadata(None).await?;
    let chosen = select(&all, &args.topics, args.regex)?;
    let depth = depths(&client, &chosen).await?;
    let names: Vec<&str> = chosen.iter().map(|t| t.name.as_str()).collect();
    let mut configs: HashMap<String, _> = admin.topic_configs(&names).await?.into_iter().collect();
    let descriptions: Vec<view::TopicDescription> = chosen
        .iter()
        .map(|t| {
            let partitions = depth.get(&t.name).cloned().unwrap_or_default();
            let (messages, size_bytes) = inventory::totals(&partitions);
            view::TopicDescription {
                name: t.name.clone(),
                replication_factor: t.replication_factor(),
                partitions,
                messages,
                size_bytes,
                configs: configs.remove(&t.name).unwrap_or_default(),
            }
        })
        .collect();
    let text = || {
        descriptions
            .iter()
            .map(view::describe_text)
            .collect::<Vec<_>>()
            .join("\n")
    };
    // One topic named plainly is one object; several (or a regex) a list.
    if !args.regex && descriptions.len() == 1 {
        output::render(args.output.format, &descriptions[0], text)?;
    } else {
        output::render(args.output.format, &descriptions, text)?;
    }
    Ok(Outcome::Ok)
}

/// The topics `wanted` names (each must exist) or matches as regexes (each
/// must match something), in name order, without duplicates.
fn select(all: &[TopicMeta], wanted: &[String], regex_mode: bool) -> Result<Vec<TopicMeta>> {
    let mut chosen: Vec<TopicMeta> = Vec::new();
    let names = || all.iter().map(|t| t.name.as_str());
    for w in wanted {
        let matched: Vec<&TopicMeta> = if regex_mode {
            let r = regex(w)?;
            all.iter().filter(|t| r.is_match(&t.name)).collect()
        } else {
            all.iter().filter(|t| &t.name == w).collect()
        };
        if matched.is_empty() {
            return Err(if regex_mode {
                anyhow!("no topic matches {w:?}")
            } else {
                anyhow!(
                    "topic {w:?} does not exist{}",
                    suggest::did_you_mean(w, names())
                )
            });
        }
        for t in matched {
            if !chosen.iter().any(|c| c.name == t.name) {
                chosen.push(t.clone());
            }
        }
    }
    chosen.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(chosen)
}

/// Watermarks (ListOffsets earliest and latest, batched) and leader replica
/// sizes (DescribeLogDirs on every broker) of `topics`' partitions. A figure
/// that cannot be read shows as unknown, with one warning saying why.
async fn depths(
    client: &GroupsClient,
    topics: &[TopicMeta],
) -> Result<HashMap<String, Vec<PartitionDepth>>> {
    let tps: Vec<TopicPartition> = topics
        .iter()
        .flat_map(|t| {
            t.partitions
                .iter()
                .map(|p| TopicPartition::new(&t.name, p.partition))
        })
        .collect();
    let mut marks: HashMap<String, Watermarks> = HashMap::new();
    if !tps.is_empty() {
        let low = client.list_offsets(&tps, OffsetSpec::Earliest).await?;
        let high = client.list_offsets(&tps, OffsetSpec::Latest).await?;
        let mut failed = None;
        for tp in &tps {
            let mut get = |ends: &HashMap<TopicPartition, Result<i64, String>>| match ends.get(tp) {
                Some(Ok(o)) => Some(*o),
                Some(Err(e)) => {
                    failed.get_or_insert_with(|| format!("{tp}: {e}"));
                    None
                }
                None => None,
            };
            let pair = (get(&low), get(&high));
            marks
                .entry(tp.topic.clone())
                .or_default()
                .insert(tp.partition, pair);
        }
        if let Some(f) = failed {
            output::warn(&format!("some watermarks are unknown: {f}"));
        }
    }
    let info = client
        .admin()
        .cluster_info()
        .await
        .context("listing brokers")?;
    let brokers: Vec<(i32, String)> = info
        .brokers
        .iter()
        .map(|b| (b.id, format!("{}:{}", b.host, b.port)))
        .collect();
    let dirs: LogDirs = client.admin().log_dirs(&brokers).await;
    if let Some((id, Err(e))) = dirs.iter().find(|(_, d)| d.is_err()) {
        output::warn(&format!("sizes on broker {id} are unknown: {e}"));
    }
    let sizes = inventory::replica_sizes(&dirs);
    Ok(topics
        .iter()
        .map(|t| {
            let m = marks.remove(&t.name).unwrap_or_default();
            (t.name.clone(), inventory::depth(t, &m, &sizes))
        })
        .collect())
}
