//! `kctl cluster info`.

use anyhow::Result;

use super::Ctx;
use crate::cli::ClusterCommand;
use crate::exit::Outcome;
use crate::output;

pub async fn run(ctx: &Ctx, cmd: ClusterCommand) -> Result<Outcome> {
    match cmd {
        ClusterCommand::Info(out) => {
            let info = ctx.admin()?.cluster_info().await?;
            output::render(out.format, &info, || {
                let mut s = format!(
                    "Cluster id:  {}\nController:  {}\nTopics:      {}\n\n",
                    info.cluster_id.as_deref().unwrap_or("-"),
                    info.controller_id
                        .map_or("-".to_string(), |c| c.to_string()),
                    info.topic_count
                );
                s.push_str(&output::table(
                    ["BROKER", "HOST", "PORT", "CONTROLLER"],
                    info.brokers.iter().map(|b| {
                        vec![
                            b.id.to_string(),
                            b.host.clone(),
                            b.port.to_string(),
                            if Some(b.id) == info.controller_id {
                                "yes"
                            } else {
                                ""
                            }
                            .to_string(),
                        ]
                    }),
                ));
                s
            })?;
            Ok(Outcome::Ok)
        }
    }
}
