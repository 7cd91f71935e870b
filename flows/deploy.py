"""The `ingest-article-dumps/hourly` deployment, defined once for `newsetl serve` and for prefect.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from flows.settings import Settings

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

FLOW_NAME = "ingest-article-dumps"  # flows.ingest.FLOW_NAME, repeated so this module imports no flow code
DEPLOYMENT_NAME = "hourly"
FULL_NAME = f"{FLOW_NAME}/{DEPLOYMENT_NAME}"
CRON = "0 * * * *"  # at minute 0 of every hour
TIMEZONE = "UTC"
WORK_POOL = "newsetl-process"  # process work pool of the prefect.yaml route
ENTRYPOINT = "flows/ingest.py:ingest_article_dumps"  # relative to the project folder
TAGS = ("newsetl",)
DESCRIPTION = "Hourly: load new raw news dumps into the curated tables of the DuckLake."


def parameters(settings: Settings | None = None) -> dict[str, Any]:
    """Default flow parameters: the settings' locations as absolute paths (relative ones resolve against the cwd)."""
    resolved = (settings or Settings()).resolved()  # type: ignore[call-arg]  # pydantic-settings: all fields default
    return {
        "raw_dir": str(resolved.raw_dir),
        "catalog": resolved.catalog,
        "data_path": resolved.data_path,
        "full_refresh": False,
        "reparse": False,
    }


def runner_deployment(settings: Settings | None = None) -> RunnerDeployment:
    """The deployment as `newsetl serve` registers it: same name, schedule and parameters as prefect.yaml."""
    from prefect.deployments.runner import RunnerDeployment
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    from flows.ingest import ingest_article_dumps

    deployment = ingest_article_dumps.to_deployment(
        name=DEPLOYMENT_NAME,
        schedules=[Cron(CRON, timezone=TIMEZONE)],
        parameters=parameters(settings),
        description=DESCRIPTION,
        tags=list(TAGS),
        # The installed package, not a file path: the runner can be started from any folder.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    assert isinstance(deployment, RunnerDeployment)  # to_deployment is sync here: not in an event loop
    return deployment


def serve(settings: Settings | None = None, *, limit: int = 1) -> None:
    """Register the deployment and run its flow runs in this process until SIGINT/SIGTERM."""
    from prefect import serve as prefect_serve

    prefect_serve(runner_deployment(settings), limit=limit)


def prefect_yaml_values() -> dict[str, Any]:
    """prefect.yaml's build step (`flows.deploy.prefect_yaml_values`): values its deployment templates in.

    `prefect deploy` runs in the project folder, so the cwd is the folder the worker runs the flow from.
    """
    return {
        "project_dir": str(Path.cwd().resolve()),
        "cron": CRON,
        "timezone": TIMEZONE,
        **parameters(),
    }
