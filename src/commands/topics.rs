//! `kctl topics list` and `kctl topics describe`.

use anyhow::Result;

use super::Ctx;
use crate::cli::TopicsCommand;
use crate::exit::Outcome;
use crate::output::{self, topics as view};

pub async fn run(ctx: &Ctx, cmd: TopicsCommand) -> Result<Outcome> {
    match cmd {
        TopicsCommand::List(args) => {
            let mut topics = ctx.admin()?.metadata(None).await?;
            topics.retain(|t| args.all || !t.is_internal());
            topics.sort_by(|a, b| a.name.cmp(&b.name));
            let rows: Vec<view::TopicRow> = topics
                .iter()
                .map(|t| view::TopicRow {
                    name: t.name.clone(),
                    partitions: t.partitions.len(),
                    replication_factor: t.replication_factor(),
                })
                .collect();
            output::render(args.output.format, &rows, || view::list_text(&rows))?;
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
            let d = view::TopicDescription {
                name: meta.name.clone(),
                replication_factor: meta.replication_factor(),
                partitions: meta.partitions,
                configs,
            };
            output::render(args.output.format, &d, || view::describe_text(&d))?;
        }
    }
    Ok(Outcome::Ok)
}
