//! `kctl topics list` and `kctl topics describe`.

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::cli::TopicsCommand;
use crate::domain::model::{ConfigEntry, PartitionMeta};
use crate::exit::Outcome;
use crate::output;

#[derive(Serialize)]
struct TopicRow {
    name: String,
    partitions: usize,
    replication_factor: usize,
}

#[derive(Serialize)]
struct TopicDescription {
    name: String,
    partitions: Vec<PartitionMeta>,
    replication_factor: usize,
    configs: Vec<ConfigEntry>,
}

pub async fn run(ctx: &Ctx, cmd: TopicsCommand) -> Result<Outcome> {
    match cmd {
        TopicsCommand::List(args) => {
            let mut topics = ctx.admin()?.metadata(None).await?;
            topics.retain(|t| args.all || !t.is_internal());
            topics.sort_by(|a, b| a.name.cmp(&b.name));
            let rows: Vec<TopicRow> = topics
                .iter()
                .map(|t| TopicRow {
                    name: t.name.clone(),
                    partitions: t.partitions.len(),
                    replication_factor: t.replication_factor(),
                })
                .collect();
            output::render(args.output.format, &rows, || {
                output::table(
                    ["NAME", "PARTITIONS", "REPLICATION"],
                    rows.iter().map(|r| {
                        vec![
                            r.name.clone(),
                            r.partitions.to_string(),
                            r.replication_factor.to_string(),
                        ]
                    }),
                )
            })?;
        }
        TopicsCommand::Describe(args) => {
            let admin = ctx.admin()?;
            let meta = admin
                .metadata(Some(&args.topic))
                .await?
                .into_iter()
                .find(|t| t.name == args.topic)
                .ok_or_else(|| anyhow::anyhow!("topic {:?} does not exist", args.topic))?;
            let configs = admin
                .topic_configs(&[args.topic.as_str()])
                .await?
                .into_iter()
                .next()
                .map(|(_, c)| c)
                .unwrap_or_default();
            let d = TopicDescription {
                name: meta.name.clone(),
                replication_factor: meta.replication_factor(),
                partitions: meta.partitions,
                configs,
            };
            output::render(args.output.format, &d, || describe_table(&d))?;
        }
    }
    Ok(Outcome::Ok)
}

fn describe_table(d: &TopicDescription) -> String {
    let ids = |v: &[i32]| v.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut s = format!(
        "Topic:        {}\nPartitions:   {}\nReplication:  {}\n\n",
        d.name,
        d.partitions.len(),
        d.replication_factor
    );
    s.push_str(&output::table(
        ["PARTITION", "LEADER", "REPLICAS", "ISR", "ERROR"],
        d.partitions.iter().map(|p| {
            vec![
                p.partition.to_string(),
                p.leader.to_string(),
                ids(&p.replicas),
                ids(&p.isr),
                p.error.clone().unwrap_or_default(),
            ]
        }),
    ));
    s.push('\n');
    if d.configs.is_empty() {
        s.push_str("No configs reported by the broker.\n");
    } else {
        s.push_str(&output::table(
            ["CONFIG", "VALUE", "SOURCE"],
            d.configs.iter().map(|c| {
                let value = match (&c.value, c.is_sensitive) {
                    (_, true) => "<sensitive>".to_string(),
                    (Some(v), _) => v.clone(),
                    (None, _) => "-".to_string(),
                };
                vec![c.name.clone(), value, c.source.clone()]
            }),
        ));
    }
    s
}
