//! `kctl brokers list` and `kctl brokers describe ID`.

use anyhow::{anyhow, Result};

use super::Ctx;
use crate::cli::BrokersCommand;
use crate::domain::inventory;
use crate::exit::Outcome;
use crate::output::{self, brokers as view};

pub async fn run(ctx: &Ctx, cmd: BrokersCommand) -> Result<Outcome> {
    let admin = ctx.admin()?;
    match cmd {
        BrokersCommand::List(out) => {
            let (nodes, controller) = admin.describe_cluster().await?;
            let topics = admin.metadata(None).await?;
            let addresses: Vec<(i32, String)> = nodes
                .iter()
                .map(|n| (n.id, format!("{}:{}", n.host, n.port)))
                .collect();
            let dirs = admin.log_dirs(&addresses).await;
            let rows = inventory::broker_rows(&nodes, controller, &topics, &dirs);
            output::render(out.format, &rows, || view::list_text(&rows))?;
        }
        BrokersCommand::Describe(args) => {
            let (nodes, _) = admin.describe_cluster().await?;
            if !nodes.iter().any(|n| n.id == args.id) {
                let ids: Vec<String> = nodes.iter().map(|n| n.id.to_string()).collect();
                return Err(anyhow!(
                    "broker {} is not in the cluster (brokers: {})",
                    args.id,
                    ids.join(", ")
                ));
            }
            let entries = admin.broker_configs(args.id).await?;
            let configs = view::configs(&entries, args.changed);
            output::render(args.output.format, &configs, || {
                view::describe_text(args.id, &configs)
            })?;
        }
    }
    Ok(Outcome::Ok)
}
