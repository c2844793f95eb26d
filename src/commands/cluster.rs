//! `kctl cluster info` and `kctl cluster health` (once, or `--watch`).

use std::time::{Duration, Instant};

use anyhow::Result;

use super::Ctx;
use crate::cli::{ClusterCommand, ClusterHealthArgs, LagFormat};
use crate::domain::health::{self, HealthReport, Snapshot};
use crate::domain::lag::{self as lagdom, Sustained};
use crate::exit::{CodedError, Outcome};
use crate::kafka::groups::GroupsClient;
use crate::ops::lag::{Collector, LagRequest, LagSource};
use crate::output::{self, health as view, screen};

pub async fn run(ctx: &Ctx, cmd: ClusterCommand) -> Result<Outcome> {
    match cmd {
        ClusterCommand::Info(out) => {
            let info = ctx.admin()?.cluster_info().await?;
            output::render(out.format, &info, || output::cluster::info_text(&info))?;
            Ok(Outcome::Ok)
        }
        ClusterCommand::Health(args) => health(ctx, args).await,
    }
}

async fn health(ctx: &Ctx, args: ClusterHealthArgs) -> Result<Outcome> {
    if args.watch.is_some() && args.format == LagFormat::Prometheus {
        return Err(CodedError::usage(
            "-o prometheus prints one snapshot: run it from cron or a textfile collector job rather than with --watch",
        ));
    }
    let client = GroupsClient::new(ctx.admin()?);
    let mut sustained = args
        .lag_above
        .map(|n| Sustained::new(n, args.lag_for.unwrap_or_default()));
    let Some(interval) = args.watch else {
        let report = assess(&client, &args, sustained.as_mut(), Duration::ZERO).await?;
        render(&report, args.format)?;
        return Ok(verdict(&report));
    };
    let start = Instant::now();
    let terminal = output::stdout_is_terminal();
    loop {
        let began = Instant::now();
        let text = match assess(&client, &args, sustained.as_mut(), start.elapsed()).await {
            Ok(r) => match args.format {
                LagFormat::Json => format!("{}\n", serde_json::to_string(&r)?),
                LagFormat::Yaml => format!("---\n{}", serde_norway::to_string(&r)?),
                _ => format!(
                    "kctl cluster health, every {}: {}\n\n{}",
                    crate::domain::duration::format_millis(interval.as_millis() as u64),
                    chrono::Local::now().format("%H:%M:%S"),
                    view::text(&r)
                ),
            },
            Err(e) => format!("could not tell: {e:#}\n"),
        };
        if terminal && args.format == LagFormat::Table {
            screen::redraw(&text)?;
        } else {
            output::stdout_text(&text)?;
        }
        tokio::time::sleep(interval.saturating_sub(began.elapsed())).await;
    }
}

/// One assessment: the cluster snapshot, plus consumer lag when asked.
async fn assess(
    client: &GroupsClient,
    args: &ClusterHealthArgs,
    sustained: Option<&mut Sustained>,
    now: Duration,
) -> Result<HealthReport> {
    let mut snap: Snapshot = client.admin().health_snapshot().await?;
    snap.expect_brokers = args.expect_brokers;
    if let (Some(threshold), Some(tracker)) = (args.lag_above, sustained) {
        snap.lag_threshold = Some(threshold);
        let request = LagRequest {
            skip_members: true,
            ..LagRequest::default()
        };
        let source = Collector {
            api: client,
            request: &request,
        };
        match source.snapshot().await {
            Ok(report) => {
                let failed = report.groups.iter().filter(|g| g.error.is_some()).count();
                if failed > 0 {
                    snap.unknown
                        .push(format!("consumer lag: {failed} groups could not be read"));
                }
                snap.lagging = if args.lag_for.is_some() {
                    tracker
                        .observe(now, &report)
                        .into_iter()
                        .map(|b| (b.group, b.lag, Some(b.above_for.as_secs())))
                        .collect()
                } else {
                    lagdom::exceeding(&report, threshold)
                        .into_iter()
                        .map(|(g, l)| (g, l, None))
                        .collect()
                };
            }
            Err(e) => snap.unknown.push(format!("consumer lag: {e:#}")),
        }
    }
    Ok(health::assess(&snap))
}

fn render(report: &HealthReport, format: LagFormat) -> Result<()> {
    match format {
        LagFormat::Table => output::stdout_text(&view::text(report))?,
        LagFormat::Json => output::stdout_json(report)?,
        LagFormat::Yaml => output::stdout_yaml(report)?,
        LagFormat::Prometheus => output::stdout_text(&view::prometheus(report))?,
    }
    Ok(())
}

/// 0 healthy, 3 unhealthy. ("Could not tell" is an error: exit 1.)
fn verdict(report: &HealthReport) -> Outcome {
    if report.healthy {
        Outcome::Ok
    } else {
        Outcome::Pending
    }
}
