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
            output::render(out.format, &info, || output::cluster::info_text(&info))?;
            Ok(Outcome::Ok)
        }
    }
}
