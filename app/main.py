"""The ASGI app: ``app.main:app``. Loads and compiles the rulebook once; a bad rule file stops startup."""

from __future__ import annotations

import gc

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy import text

from app import observability
from app.api import assessments, checks, coverage, openapi, problems, states, treaties, withdrawals
from app.api.caching import AnswerCache
from app.api.examples import rule_file_examples
from app.api.limits import BodyLimit
from app.api.ready_answers import ReadyAnswers
from app.db.session import get_engine
from app.engine import Engine
from app.reading import ClaimFinder
from app.rulebook import load_rulebook
from app.services.assessment import AssessmentService
from app.services.budget import HeavyGate
from app.services.records import RecordService
from app.settings import Settings, get_settings
from app.web import routes as web
from schemas.api import Health, Readiness

DESCRIPTION = """
What a state must do to leave a treaty, and when the withdrawal takes effect — from reviewed rule files
(the withdrawal clause verbatim, the depositary's counting practice, the state's domestic procedure),
evaluated by a rules engine. Every answer cites the article, its text and a source URL, and carries the
`rules_version` it was computed from. Errors are RFC 9457 problem details.
"""

DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'"
)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    rulebook = load_rulebook(settings.rules_dir)
    app = FastAPIOffline(
        title=openapi.TITLE,
        version=openapi.API_VERSION,
        description=DESCRIPTION,
        generate_unique_id_function=openapi.operation_id,
        # Off unless asked: FastAPI otherwise asks OpenTelemetry's global providers on every request (~2.5 µs)
        telemetry=None if settings.opentelemetry else {"tracing": False, "metrics": False, "logs": False},
    )
    app.state.answer_cache = AnswerCache(settings.answer_cache_size)
    direct = assessments.direct_answer(app.state)  # reads the service from the state when asked
    app.add_middleware(ReadyAnswers, cache=app.state.answer_cache, direct=direct)  # inside body limit, observability
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    observability.configure_logging(settings.log_level)
    app.state.settings = settings
    app.state.assessments = AssessmentService(rulebook, Engine(rulebook))
    app.state.records = RecordService(app.state.assessments)
    app.state.heavy_gate = HeavyGate(settings)
    app.state.claim_finder = ClaimFinder(rulebook)
    app.state.openapi_examples = {("/v1/assessments", "post"): rule_file_examples(rulebook)}
    problems.install(app)
    openapi.install(app, rules_version=rulebook.version)
    csp = [(b"content-security-policy", DOCS_CSP.encode())]
    observability.install(app, extra_headers={"/docs": csp, "/redoc": csp})
    app.include_router(assessments.router)
    app.include_router(treaties.router)
    app.include_router(states.router)
    app.include_router(withdrawals.router)
    app.include_router(checks.router)
    app.include_router(coverage.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=web.STATIC_DIR), name="static")

    @app.get(
        "/healthz",
        tags=["operations"],
        summary="Liveness: the process answers",
        description="Always 200 while the process runs; carries the rules version it serves.",
        response_model=Health,
    )
    async def get_health() -> dict[str, str]:
        return {"status": "ok", "rules_version": rulebook.version}

    @app.get(
        "/readyz",
        tags=["operations"],
        summary="Readiness: the rulebook is loaded and the records database answers",
        description="200 when both hold; 503 when the database does not answer (assessments still work then).",
        response_model=Readiness,
        responses={503: {"model": Readiness, "description": "The database does not answer (assessments still work)"}},
    )
    def get_readiness() -> Response:
        database = "ok"
        try:
            with get_engine(settings.database_url).connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as exc:  # any failure to reach the database means not ready
            database = f"unavailable: {type(exc).__name__}"
        body = {"rulebook": rulebook.version, "database": database}
        return JSONResponse(body, status_code=200 if database == "ok" else 503)

    return app


def __getattr__(name: str) -> FastAPI:
    """``app.main:app`` is built on first access, so importing :func:`create_app` builds nothing."""
    if name == "app":
        application = create_app()
        globals()["app"] = application
        if application.state.settings.warm_reader:  # the first text check would otherwise pass its deadline
            application.state.claim_finder.warm()
        # The rulebook, indexes, compiled rules and the reader live as long as the process: out of the collector's
        # sight, a full collection no longer walks their ~200,000 objects (a 100-300 ms pause of every request).
        gc.collect()
        gc.freeze()
        return application
    raise AttributeError(name)
